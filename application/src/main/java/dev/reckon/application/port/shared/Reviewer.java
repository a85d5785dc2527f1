package dev.reckon.application.port.shared;

import java.util.Objects;

/**
 * Who reviews a dossier's claims, as fact-checkers publish it with their reviews: the
 * {@code reviewer:} of dossier.yaml.
 *
 * @param name   the reviewing organisation or person, or the empty string when the dossier names none
 * @param url    its home page, or the empty string
 * @param report the address the report will be published at, or the empty string; a review's
 *               address is this with the claim's anchor
 */
public record Reviewer(String name, String url, String report) {

    /** A dossier without a {@code reviewer:}. */
    public static final Reviewer NONE = new Reviewer("", "", "");

    public Reviewer {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(url, "url is null");
        Objects.requireNonNull(report, "report is null");
    }

    public boolean isNamed() {
        return !name.isBlank();
    }
}
