package dev.reckon.application.port.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: enough to tell, as git's index does, that
 * a file was not touched since it was last hashed.
 *
 * @param size          its size in bytes
 * @param modifiedNanos its modification time, in nanoseconds since 1970 (as fine as the file system keeps it)
 * @param changedNanos  its inode change time (ctime), where the platform gives it: a tool that puts the
 *                      modification time back after a write ({@code touch -d}, {@code rsync -t}) still moves it
 * @param identity      the file's identity (device and inode), where the file system has one: a file
 *                      replaced by another (an editor's save-and-rename) gets a new one
 */
public record FileStat(long size, long modifiedNanos, OptionalLong changedNanos, Optional<String> identity) {

    public FileStat {
        Objects.requireNonNull(changedNanos, "changedNanos is null");
        Objects.requireNonNull(identity, "identity is null");
    }

    /** The stat of {@code file}, following links; empty when it cannot be read (reading the file will say why). */
    public static Optional<FileStat> of(Path file) {
        Objects.requireNonNull(file, "file is null");
        try {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = basic.fileKey();
            return Optional.of(new FileStat(basic.size(), nanos(basic.lastModifiedTime()), changed(file),
                    Optional.ofNullable(key).map(Object::toString)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The ctime where the "unix" attribute view exists (Linux, macOS); empty elsewhere. */
    private static OptionalLong changed(Path file) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ctime");
            return unix.get("ctime") instanceof FileTime time ? OptionalLong.of(nanos(time)) : OptionalLong.empty();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
