package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.FileStat;
import java.time.Instant;
import java.util.Objects;

/**
 * A source file's stat as it was when its content was last hashed, and when that stat was taken:
 * what lets a later check skip hashing a file nobody touched (docs/storage.md#re-checks).
 *
 * @param stat  the file's size, times and identity, taken before its bytes were read
 * @param taken when the stat was taken, by the clock that stamps imports
 */
public record FileStamp(FileStat stat, Instant taken) {

    public FileStamp {
        Objects.requireNonNull(stat, "stat is null");
        Objects.requireNonNull(taken, "taken is null");
    }

    /**
     * Whether the file whose stat is now {@code now} still holds the bytes hashed then, without
     * reading it: every field of the stat is the same, and the stamp is not "racy". As in git's index,
     * a stat taken within the same second as the file's last modification proves nothing, because a
     * file system that keeps whole seconds would not show an edit made later in that second; such a
     * file is hashed again.
     */
    public boolean vouchesFor(FileStat now) {
        Objects.requireNonNull(now, "now is null");
        return stat.equals(now) && !racy();
    }

    /** The file was last modified in the second the stat was taken, or later (a clock set back): its stat proves nothing. */
    public boolean racy() {
        return Math.floorDiv(stat.modifiedNanos(), 1_000_000_000L) >= taken.getEpochSecond();
    }
}
