package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.Opener;

/**
 * Follows the data files a dossier's opening imports, for a person watching (a bar on a terminal):
 * each file's bytes are read through the opener it gives. Files found unchanged are not read and not
 * followed.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Follows nothing: the file's own opener. */
    ImportProgress NONE = (source, size, opener) -> opener;

    /** An opener of the same bytes as {@code opener}'s, {@code size} of them, that shows how far {@code source} is read. */
    Opener follow(String source, long size, Opener opener);
}
