package dev.reckon.application.service;

import dev.reckon.application.port.shared.Opener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opens a file for a reader and hashes the bytes as the reader reads them, so that a file read to
 * its end for import needs no second pass for its size and SHA-256. A stream the reader only
 * peeks into (to detect the encoding or the format) is hashed too, but counts only if read to its end.
 */
final class HashingOpener implements Opener {

    private final Opener opener;
    private Fingerprint complete;

    HashingOpener(Opener opener) {
        this.opener = Objects.requireNonNull(opener, "opener is null");
    }

    @Override
    public InputStream open() throws IOException {
        return new HashingStream(opener.open());
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
        return complete != null ? complete : Fingerprint.of(opener);
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
