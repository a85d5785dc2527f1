package dev.reckon.application.service;

import dev.reckon.application.port.shared.Opener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens a file for a reader and hashes the bytes as the reader reads them, so that a file read to
 * its end for import needs no second pass for its size and SHA-256. A stream the reader only
 * peeks into (to detect the encoding or the format) is hashed too, but counts only if read to its end.
 *
 * <p>A large file (of a known size from {@link #HASHED_BESIDE_FROM_BYTES} on) is read in parts, by
 * more than one thread, and hashing it in the reader's streams would cost the reading thread the
 * digest (a third of a second for 600 MB) for bytes that may not even be the whole file. Its
 * streams are not hashed: {@link #fingerprintWhile} hashes it on a thread of its own while the
 * caller's thread does something that waits for others, such as a store taking the rows.
 */
final class HashingOpener implements Opener {

    /** The size from which the file is hashed beside its read, the size from which readers read in parts. */
    static final long HASHED_BESIDE_FROM_BYTES = 32L << 20;

    private final Opener opener;
    /** The same bytes as {@link #opener}'s, read for the hash alone (without a progress bar following them). */
    private final Opener hashed;
    private final boolean hashedBeside;
    private Fingerprint complete;

    HashingOpener(Opener opener) {
        this(opener, opener, HASHED_BESIDE_FROM_BYTES);
    }

    /**
     * Reads through {@code opener}; a file of {@code besideFromBytes} or more is hashed beside the
     * read, through {@code hashed}, which gives the same bytes.
     */
    HashingOpener(Opener opener, Opener hashed, long besideFromBytes) {
        this.opener = Objects.requireNonNull(opener, "opener is null");
        this.hashed = Objects.requireNonNull(hashed, "hashed is null");
        OptionalLong size = opener.size();
        this.hashedBeside = size.isPresent() && size.getAsLong() >= besideFromBytes;
    }

    @Override
    public InputStream open() throws IOException {
        InputStream in = opener.open();
        return hashedBeside ? in : new HashingStream(in);
    }

    @Override
    public OptionalLong size() {
        return opener.size();
    }

    /** Not hashed: a stream that does not start at the first byte never gives the file's hash. */
    @Override
    public InputStream openAt(long offset) throws IOException {
        return opener.openAt(offset);
    }

    /** The size and hash of the file, from the last stream read to its end; empty when none was. */
    Optional<Fingerprint> complete() {
        return Optional.ofNullable(complete);
    }

    /** {@link #complete()}, or else one pass over the file to compute it. */
    Fingerprint fingerprint() throws IOException {
        return complete != null ? complete : Fingerprint.of(hashed);
    }

    /**
     * {@link #fingerprint()}, with {@code meanwhile} run on the calling thread: a file hashed beside
     * its read is hashed by a thread of its own while {@code meanwhile} runs, any other after it.
     */
    Fingerprint fingerprintWhile(Runnable meanwhile) throws IOException {
        if (!hashedBeside) {
            meanwhile.run();
            return fingerprint();
        }
        FutureTask<Fingerprint> hashing = new FutureTask<>(() -> Fingerprint.of(hashed));
        Thread thread = new Thread(hashing, "reckon-hash");
        thread.setDaemon(true);
        thread.start();
        try {
            meanwhile.run();
        } catch (RuntimeException | Error e) {
            hashing.cancel(true);
            throw e;
        }
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            hashing.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the file");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private final class HashingStream extends FilterInputStream {

        private final MessageDigest digest = Fingerprint.newDigest();
        private long size;

        HashingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                reachedEnd();
            } else {
                digest.update((byte) b);
                size++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                reachedEnd();
            } else {
                digest.update(buffer, offset, n);
                size += n;
            }
            return n;
        }

        /** Skipped bytes are read, so that they are hashed. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        /** Going back would hash bytes twice. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readLimit) {
            // Not supported (markSupported is false): a reader that needs it wraps the stream in a buffer.
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark and reset are not supported");
        }

        private void reachedEnd() {
            if (size >= 0) {
                complete = new Fingerprint(size, HexFormat.of().formatHex(digest.digest()));
                // digest() resets the digest: a second end-of-file must not record the hash of nothing.
                size = -1;
            }
        }
    }
}
