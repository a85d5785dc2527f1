package dev.reckon.application.port.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Opens the bytes of a file, a request body or a test fixture. */
@FunctionalInterface
public interface Opener {

    InputStream open() throws IOException;

    /**
     * The number of bytes, when known without reading them: with it, and {@link #openAt}, a
     * reader may read parts of a large file at once. Unknown by default.
     */
    default OptionalLong size() {
        return OptionalLong.empty();
    }

    /**
     * What the file system says of the bytes without reading them, when they are a file: a later
     * check compares it with the stat kept at the last import to skip hashing an untouched file.
     * None by default (a request body, a fixture), and then the bytes are hashed every time.
     */
    default Optional<FileStat> stat() {
        return Optional.empty();
    }

    /** A new stream over the bytes from {@code offset} on; by default it reads past the bytes before. */
    default InputStream openAt(long offset) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        InputStream in = open();
        try {
            in.skipNBytes(offset);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Opens {@code file}, whose size is known and which is opened at an offset without reading what comes before. */
    static Opener ofFile(Path file) {
        Objects.requireNonNull(file, "file is null");
        return new Opener() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public OptionalLong size() {
                try {
                    return OptionalLong.of(Files.size(file));
                } catch (IOException e) {
                    // Opening it will fail too, and say why where the file is read.
                    return OptionalLong.empty();
                }
            }

            @Override
            public Optional<FileStat> stat() {
                return FileStat.of(file);
            }

            @Override
            public InputStream openAt(long offset) throws IOException {
                if (offset < 0) {
                    throw new IllegalArgumentException("offset must not be negative: " + offset);
                }
                SeekableByteChannel channel = Files.newByteChannel(file);
                try {
                    return Channels.newInputStream(channel.position(offset));
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
    }
}
