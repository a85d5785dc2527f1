package dev.reckon.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a report file whole or not at all. The report goes to a hidden temporary file beside the
 * target, is flushed to disk, then moved over the target in one step: a reader never sees half a
 * report, and a failure halfway (a full disk, a renderer that throws) leaves the old file as it was
 * and nothing else behind. The text is UTF-8; a character UTF-8 cannot encode (half of a surrogate
 * pair) is written as {@code ?} rather than ending the write.
 */
final class ReportFile {

    /**
     * Writes {@code content} to {@code target} as {@link #write} does and says on {@code err} what
     * happened, the way every command that takes {@code --out} says it.
     *
     * @return whether the report was written
     */
    static boolean writeSaying(Path target, Object format, Content content, PrintWriter err) {
        try {
            write(target, content);
        } catch (IOException e) {
            err.println("reckon: cannot write the report to " + target + ": " + RunMessages.describe(e));
            err.flush();
            return false;
        }
        err.println("wrote the " + format + " report to " + target);
        err.flush();
        return true;
    }

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom NAMES = new SecureRandom();

    private ReportFile() {
    }

    static void write(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        Path absolute = target.toAbsolutePath();
        Path temporary = createBeside(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream bytes = Channels.newOutputStream(channel);
                 Writer out = new BufferedWriter(new OutputStreamWriter(bytes, lenientUtf8()))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            moveInPlace(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new empty file in the target's folder, with the permissions any new file there gets. */
    private static Path createBeside(Path target) throws IOException {
        Path folder = target.getParent();
        while (true) {
            byte[] random = new byte[6];
            NAMES.nextBytes(random);
            Path candidate = folder.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // Another name, then.
            }
        }
    }

    private static CharsetEncoder lenientUtf8() {
        return StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** A report written over an existing one keeps who may read it. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temporary, old.readAttributes().permissions());
        }
    }

    private static void moveInPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
