package dev.reckon.app;

import dev.reckon.application.port.shared.FileStat;
import dev.reckon.application.port.shared.Opener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A one-line bar on standard error that follows a file being read: redrawn in place at most ten
 * times a second, cleared when the file is done. Readers may open a file more than once (a quick
 * first pass tells its text encoding), so the bar follows the latest opening: it may run twice for
 * one file, the second time for the reading proper. Thread-safe: a reader may read parts of a file
 * on several threads.
 */
final class ProgressBar {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String name = "";
    private long total;
    private long done;
    private long shown = -1;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = Objects.requireNonNull(err, "err is null");
    }

    /**
     * An opener whose streams move the bar for the file {@code name} of {@code size} bytes. It keeps
     * what {@code opener} knows of the file (its size and stat), and streams opened at an offset (a
     * reader reading parts of a large file at once) move the bar together.
     */
    Opener follow(String name, long size, Opener opener) {
        return new Opener() {
            @Override
            public InputStream open() throws IOException {
                start(name, size);
                return new Counting(opener.open());
            }

            @Override
            public OptionalLong size() {
                return opener.size();
            }

            @Override
            public Optional<FileStat> stat() {
                return opener.stat();
            }

            @Override
            public InputStream openAt(long offset) throws IOException {
                return new Counting(opener.openAt(offset));
            }
        };
    }

    /** A new reading of {@code name} from its start: the bar starts again. */
    private synchronized void start(String name, long size) {
        if (!name.equals(this.name)) {
            clear();
        }
        this.name = name;
        this.total = size;
        done = 0;
        shown = -1;
    }

    /** Removes the bar, so that what is printed next starts on a clean line. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(line(name, total, total).length()) + "\r");
            err.flush();
            drawn = false;
        }
        shown = -1;
    }

    /** The bar's text: {@code [#######.......]  45%  12.3 of 27.0 MB  data/big.csv}. */
    static String line(String name, long done, long total) {
        long part = total <= 0 ? 0 : Math.min(done, total);
        int filled = total <= 0 ? 0 : (int) (part * WIDTH / total);
        int percent = total <= 0 ? 0 : (int) (part * 100 / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %.1f of %.1f MB  %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), percent, part / 1e6, total / 1e6, name);
    }

    /** {@code bytes} more were read, by any stream of the file. */
    private synchronized void read(long bytes) {
        done += bytes;
        long now = System.nanoTime();
        if (done <= shown || (drawn && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        shown = done;
        lastDrawn = now;
        drawn = true;
        err.print("\r" + line(name, done, total));
        err.flush();
    }

    /** Counts the bytes read through it. */
    private final class Counting extends FilterInputStream {

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                ProgressBar.this.read(1);
            }
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int n = super.read(into, offset, length);
            if (n > 0) {
                ProgressBar.this.read(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            ProgressBar.this.read(skipped);
            return skipped;
        }
    }
}
