package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.FileStamp;
import dev.reckon.application.port.shared.FileStat;
import dev.reckon.store.codec.EpochNanos;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link FileStamp} as the text of the {@code source.file_stamp} column: size, modification time,
 * change time ({@code -} when unknown) and the time the stat was taken, in nanoseconds, then the file's
 * identity when it has one, separated by spaces: {@code 418000000 1733480000123456789 - 1733480001000000000 (dev=803,ino=42)}.
 */
final class FileStampText {

    private static final String UNKNOWN = "-";

    private FileStampText() {
    }

    static String write(FileStamp stamp) {
        FileStat stat = stamp.stat();
        String changed = stat.changedNanos().isPresent() ? Long.toString(stat.changedNanos().getAsLong()) : UNKNOWN;
        String text = stat.size() + " " + stat.modifiedNanos() + " " + changed + " " + EpochNanos.of(stamp.taken());
        return stat.identity().map(identity -> text + " " + identity).orElse(text);
    }

    /**
     * The stamp {@code text} holds; none for NULL or a text that is not one (edited by hand), and
     * then the file is hashed, as a file never stamped is.
     */
    static Optional<FileStamp> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] fields = text.split(" ", 5);
        if (fields.length < 4) {
            return Optional.empty();
        }
        try {
            OptionalLong changed = fields[2].equals(UNKNOWN) ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(fields[2]));
            FileStat stat = new FileStat(Long.parseLong(fields[0]), Long.parseLong(fields[1]), changed,
                    fields.length == 5 ? Optional.of(fields[4]) : Optional.empty());
            return Optional.of(new FileStamp(stat, EpochNanos.toInstant(Long.parseLong(fields[3]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
