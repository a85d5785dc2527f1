package dev.reckon.adapter.file.dossier;

import com.fasterxml.jackson.core.JsonLocation;

/** A part of the dossier's YAML that remembers where it was written, so problems can point at it. */
abstract class Located {

    private int line;
    private int column;

    final void locate(JsonLocation location) {
        line = Math.max(location.getLineNr(), 0);
        column = Math.max(location.getColumnNr(), 0);
    }

    final int line() {
        return line;
    }

    final int column() {
        return column;
    }

    /** What this part is called in a message ({@code claim 'party-video-half'}); empty when it has no name. */
    String label() {
        return "";
    }

    /** Reports each key this part, or a part within it, needs and lacks, at the place this part starts. */
    void reportMissing(Problems problems) {
        // Most parts need no key in particular.
    }

    /** Reports {@code message}, after this part's label, when {@code part} was not written. */
    final void require(LocatedText part, String message, Problems problems) {
        if (part == null) {
            String label = label();
            problems.at(this, label.isEmpty() ? message : label + ": " + message);
        }
    }
}
