package dev.reckon.application.port.shared;

/** Where the data files a dossier names may be. */
public enum DataReach {

    /**
     * Only inside the dossier's folder, symbolic links followed to where they really lead: a dossier
     * someone sent cannot make Reckon read the rest of the machine.
     */
    INSIDE_DOSSIER,

    /** Wherever the user running Reckon may read: the user said so ({@code --allow-outside}). */
    ANYWHERE
}
