package dev.reckon.adapter.jdbc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The observations of one write that did not fit in memory, as sorted runs in temporary files
 * beside the store, merged back into one stream in key order when the write commits: an external
 * merge sort. Each run holds one batch of held observations, each key once (its batch resolved the
 * revisions within it), sorted by key; across runs the merge resolves them again, taking a key's
 * value from the last run that has it and its position ({@code seq}) from the first, as if every
 * row had been written to the table in the order it came.
 *
 * <p>The files are deleted when the write ends, whether it commits or fails, and when the JVM
 * exits; a process killed meanwhile leaves them behind, and the next write to the store deletes
 * them ({@link #removeLeftovers}) once it holds the write lock, so no other write can be using them.
 */
final class SpilledRuns implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final String SUFFIX = ".run";

    private static final int WHOLE = 1;
    private static final int HAS_LO = 2;
    private static final int HAS_HI = 4;
    private static final int HAS_CURRENCY = 8;

    /** Receives the merged rows, in key order. */
    @FunctionalInterface
    interface Sink {
        void accept(StoreRow row) throws SQLException;
    }

    private record Run(Path file, long rows) {
    }

    private final Path folder;
    private final String prefix;
    private final List<Run> runs = new ArrayList<>();

    /** Runs kept beside {@code storeFile}, named after it. */
    SpilledRuns(Path storeFile) {
        this.folder = storeFile.toAbsolutePath().getParent();
        this.prefix = prefixFor(storeFile);
    }

    private static String prefixFor(Path storeFile) {
        return storeFile.getFileName() + "-spill-";
    }

    /** Deletes the runs a killed write to {@code storeFile} left behind; call only while holding the write lock. */
    static void removeLeftovers(Path storeFile) throws IOException {
        Path folder = storeFile.toAbsolutePath().getParent();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, prefixFor(storeFile) + "*" + SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    int size() {
        return runs.size();
    }

    /** A new run; {@link RunWriter#close() closing} it makes it one of the runs merged. */
    RunWriter startRun() throws IOException {
        Path file = Files.createTempFile(folder, prefix, SUFFIX);
        file.toFile().deleteOnExit();
        try {
            return new RunWriter(file);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Gives {@code sink} every key of every run once, in key order, resolved across runs. */
    void merge(Sink sink) throws IOException, SQLException {
        List<RunReader> readers = new ArrayList<>(runs.size());
        try {
            PriorityQueue<RunReader> next = new PriorityQueue<>(Math.max(1, runs.size()),
                    Comparator.<RunReader, StoreRow>comparing(reader -> reader.row, StoreRow::compareKey)
                            .thenComparingInt(reader -> reader.index));
            for (Run run : runs) {
                RunReader reader = new RunReader(run, readers.size());
                readers.add(reader);
                if (reader.advance()) {
                    next.add(reader);
                }
            }
            StoreRow merged = new StoreRow();
            while (!next.isEmpty()) {
                RunReader first = next.poll();
                merged.copyOf(first.row);
                readOn(first, next);
                while (!next.isEmpty() && next.peek().row.sameKey(merged)) {
                    RunReader later = next.poll();
                    merged.takeValueOf(later.row);
                    readOn(later, next);
                }
                sink.accept(merged);
            }
        } finally {
            for (RunReader reader : readers) {
                reader.close();
            }
        }
    }

    private static void readOn(RunReader reader, PriorityQueue<RunReader> next) throws IOException {
        if (reader.advance()) {
            next.add(reader);
        }
    }

    /** Deletes every run; the first failure to delete one is thrown once all were tried. */
    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (Run run : runs) {
            try {
                Files.deleteIfExists(run.file());
            } catch (IOException e) {
                if (failure == null) {
                    failure = new UncheckedIOException("cannot delete the temporary file " + run.file(), e);
                }
            }
        }
        runs.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Writes one run: rows given in key order, each key once. */
    final class RunWriter implements AutoCloseable {

        private final Path file;
        private final DataOutputStream out;
        private long rows;
        private boolean closed;

        private RunWriter(Path file) throws IOException {
            this.file = file;
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES));
        }

        Path file() {
            return file;
        }

        void write(StoreRow row) throws IOException {
            out.writeLong(row.seriesId);
            out.writeLong(row.windowStart);
            out.writeLong(row.windowEnd);
            out.writeLong(row.seq);
            out.writeLong(row.provenanceId);
            out.writeLong(row.line);
            int flags = (row.whole ? WHOLE : 0) | (!row.whole && row.lo != null ? HAS_LO : 0)
                    | (!row.whole && row.hi != null ? HAS_HI : 0) | (row.currency != null ? HAS_CURRENCY : 0);
            out.writeByte(flags);
            if (row.whole) {
                out.writeLong(row.wholeValue);
            } else {
                writeIf(flags, HAS_LO, row.lo);
                writeIf(flags, HAS_HI, row.hi);
            }
            writeIf(flags, HAS_CURRENCY, row.currency);
            rows++;
        }

        private void writeIf(int flags, int flag, String text) throws IOException {
            if ((flags & flag) != 0) {
                out.writeUTF(text);
            }
        }

        /** Ends the run and adds it to those merged; a run that could not be written completely is deleted. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            runs.add(new Run(file, rows));
        }

        /** Deletes the run unfinished, for a write that failed while it was written. */
        void abandon() {
            closed = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // The file is deleted below; what it held no longer matters.
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left behind, it is deleted at exit or by the store's next write.
            }
        }
    }

    /** Reads one run back, one row at a time into the same {@link StoreRow}. */
    private static final class RunReader implements AutoCloseable {

        final StoreRow row = new StoreRow();
        final int index;
        private final DataInputStream in;
        private long left;

        RunReader(Run run, int index) throws IOException {
            this.index = index;
            this.left = run.rows();
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), BUFFER_BYTES));
        }

        /** Reads the next row into {@link #row}; false at the run's end. */
        boolean advance() throws IOException {
            if (left == 0) {
                return false;
            }
            left--;
            row.seriesId = in.readLong();
            row.windowStart = in.readLong();
            row.windowEnd = in.readLong();
            row.seq = in.readLong();
            row.provenanceId = in.readLong();
            row.line = in.readLong();
            int flags = in.readByte();
            row.whole = (flags & WHOLE) != 0;
            if (row.whole) {
                row.wholeValue = in.readLong();
                row.lo = null;
                row.hi = null;
            } else {
                row.lo = readIf(flags, HAS_LO);
                row.hi = readIf(flags, HAS_HI);
            }
            row.currency = readIf(flags, HAS_CURRENCY);
            return true;
        }

        private String readIf(int flags, int flag) throws IOException {
            return (flags & flag) != 0 ? in.readUTF() : null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
