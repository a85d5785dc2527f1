package dev.reckon.application.port.in;

import java.util.Optional;

/**
 * What a check did with a dossier's data files: how many it found unchanged since their last
 * import and did not read, how many it read and imported again (or for the first time), and how
 * many it dropped because the dossier no longer names them; and whether the dossier left its zone
 * unsaid, so that a run says once that UTC is assumed.
 */
public record ImportCounts(int unchanged, int reimported, int removed, boolean utcAssumed) {

    public ImportCounts {
        if (unchanged < 0 || reimported < 0 || removed < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + unchanged + ", " + reimported + ", "
                    + removed);
        }
    }

    /** Counts of a dossier that states its zone. */
    public ImportCounts(int unchanged, int reimported, int removed) {
        this(unchanged, reimported, removed, false);
    }

    /** Every file read in this run: nothing was kept from an earlier one. */
    public static ImportCounts allRead(int files) {
        return new ImportCounts(0, files, 0);
    }

    /** {@code 3 files unchanged, 1 re-imported}, and {@code , 2 removed} when any was. */
    public String describe() {
        String text = unchanged + (unchanged == 1 ? " file" : " files") + " unchanged, " + reimported + " re-imported";
        return removed > 0 ? text + ", " + removed + " removed" : text;
    }

    /** What to tell once per run about the zone the dossier's days are in, when it gives none. */
    public Optional<String> zoneNote() {
        return utcAssumed
                ? Optional.of("the dossier gives no 'timezone:', so UTC is assumed: its days, and the dates of files"
                        + " that give no zone, are UTC days")
                : Optional.empty();
    }
}
