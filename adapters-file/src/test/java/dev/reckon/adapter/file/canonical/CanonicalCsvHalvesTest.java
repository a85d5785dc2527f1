package dev.reckon.adapter.file.canonical;

import static dev.reckon.adapter.file.canonical.CanonicalFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.columnar.ObservationBuffer;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A large file is read in two halves at once; whatever the file, the result must be that of
 * reading it from start to end: the same observations, coverage and report.
 */
class CanonicalCsvHalvesTest {

    private static final String HEADER = "subject,platform,metric,from,to,segment,value,source\n";
    private static final CanonicalCsvReader WHOLE = new CanonicalCsvReader(Long.MAX_VALUE);
    private static final CanonicalCsvReader HALVES = new CanonicalCsvReader(0, Long.MAX_VALUE);

    /** Files of a few series and days with LF or CRLF lines, in UTF-8 (with or without a byte order mark) or windows-1252. */
    @FuzzTest(maxDuration = "10m")
    void readingInHalvesGivesWhatReadingFromStartToEndGives(FuzzedDataProvider data) throws IOException {
        String lineEnd = data.consumeBoolean() ? "\r\n" : "\n";
        Charset charset = data.consumeBoolean() ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        boolean byteOrderMark = charset.equals(StandardCharsets.UTF_8) && data.consumeBoolean();
        byte[] file = randomFile(bound -> data.consumeInt(0, bound - 1), lineEnd, charset);
        assertSameRead(byteOrderMark ? withByteOrderMark(file) : file, HALVES, lineEnd.length() + " " + charset);
    }

    @Test
    void theSecondHalfIsReallyReadApartAndItsLinesAndProblemsNumberedInTheWholeFile() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int row = 0; row < 400; row++) {
            String value = row == 20 || row == 390 ? "lots" : String.valueOf(row);
            text.append("labour,facebook,likes,2019-12-").append(String.format("%02d", 1 + row % 28)).append(",2019-12-")
                    .append(String.format("%02d", 1 + row % 28)).append(",,").append(value).append(",\n");
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
        Read halves = read(HALVES, file);

        assertThat(halves.report.problems()).extracting(p -> p.line().orElse(0)).containsExactly(22L, 392L);
        assertThat(halves.report.rowsRead()).isEqualTo(400);
        assertThat(halves.report.rowsRejected()).isEqualTo(2);
        // Each of the 28 days keeps its last good row: rows 372-399 (lines 374-401), but for day 27
        // row 390 is bad, so row 362 (line 364) stands.
        assertThat(halves.observations).hasSize(28).extracting(o -> o.provenance().line().orElseThrow())
                .contains(364L, 374L, 401L).allMatch(line -> line == 364 || line >= 374);
        assertSameRead(file, HALVES, "one series");
    }

    @Test
    void aWindowReadInBothHalvesIsOneObjectSoAStoreFindsItByReference() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (String metric : new String[] {"likes", "reach"}) {
            for (int row = 0; row < 200; row++) {
                String day = String.format("2019-12-%02d", 1 + row % 28);
                text.append("labour,facebook,").append(metric).append(',').append(day).append(',').append(day)
                        .append(",,").append(row).append(",\n");
            }
        }
        Read halves = read(HALVES, text.toString().getBytes(StandardCharsets.UTF_8));

        List<Observation> likes = halves.observations.stream().filter(o -> o.metric().value().equals("likes")).toList();
        List<Observation> reach = halves.observations.stream().filter(o -> o.metric().value().equals("reach")).toList();
        assertThat(likes).hasSize(28).allMatch(o -> o.provenance().line().orElseThrow() < 202);
        assertThat(reach).hasSize(28).allMatch(o -> o.provenance().line().orElseThrow() >= 202);
        for (int day = 0; day < 28; day++) {
            assertThat(reach.get(day).window()).isSameAs(likes.get(day).window());
        }
    }

    @Test
    void theFirstHalfStopsAtTheMiddleUnlessTheSecondHalfIsAbandoned() throws IOException {
        byte[] file = largeFile();

        BytesOpener split = new BytesOpener(file);
        HALVES.read(new ExportInput("o.csv", split, context()), new HeldObservations(new ObservationBuffer()));
        BytesOpener abandoned = new BytesOpener(file);
        new CanonicalCsvReader(0, 10).read(new ExportInput("o.csv", abandoned, context()),
                new HeldObservations(new ObservationBuffer()));

        // The first stream opened is read whole to tell the encoding; the second is the first half's.
        assertThat(split.readFromStart.get(1).get()).isLessThan(file.length * 3 / 4);
        assertThat(abandoned.readFromStart.get(1).get()).isEqualTo(file.length);
        assertSameRead(file, HALVES, "read in halves");
        assertSameRead(file, new CanonicalCsvReader(0, 10), "second half abandoned");
    }

    @Test
    void aFirstHalfThatFailsStopsTheSecondHalfBeforeTheFailureReachesTheCaller() {
        byte[] file = largeFile();
        BytesOpener bytes = new BytesOpener(file);
        Opener opener = new Opener() {
            private int opened;

            @Override
            public InputStream open() {
                InputStream in = bytes.open();
                return ++opened == 1 ? in : new FilterInputStream(in) {
                    private long read;

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (read > 100_000) {
                            throw new IOException("the disk went away");
                        }
                        int n = super.read(buffer, offset, length);
                        read += Math.max(n, 0);
                        return n;
                    }
                };
            }

            @Override
            public OptionalLong size() {
                return bytes.size();
            }

            @Override
            public InputStream openAt(long offset) {
                // A slow second half, still reading when the first one fails unless it is stopped.
                return new FilterInputStream(bytes.openAt(offset)) {
                    @Override
                    public int read(byte[] buffer, int at, int length) throws IOException {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted", e);
                        }
                        return super.read(buffer, at, length);
                    }
                };
            }
        };

        assertThatThrownBy(() -> HALVES.read(new ExportInput("o.csv", opener, context()), new HeldObservations(new ObservationBuffer())))
                .isInstanceOf(IOException.class).hasMessage("the disk went away");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("reckon-second-half-"));
    }

    @Test
    void aMiddleInsideAQuotedFieldWithLineBreaksIsMetAndTheFileStillReadRight() throws IOException {
        IntUnaryOperator random = new Random(7)::nextInt;
        StringBuilder text = new StringBuilder(HEADER);
        for (int row = 0; row < 200; row++) {
            String source = row == 100 ? "\"" + "a note\n\n\r\nwith line breaks,\n".repeat(200) + "\"" : "x";
            text.append(row(random, String.valueOf(random.applyAsInt(1000)), source)).append('\n');
        }
        assertSameRead(text.toString().getBytes(StandardCharsets.UTF_8), HALVES, "quoted middle");
    }

    private static byte[] withByteOrderMark(byte[] file) {
        byte[] bom = new byte[file.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(file, 0, bom, 3, file.length);
        return bom;
    }

    @Test
    void moreThanAHundredProblemsAcrossBothHalvesAreCountedAndTheFirstHundredListed() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int row = 0; row < 300; row++) {
            text.append("labour,facebook,likes,2019-12-01,2019-12-01,,").append(row % 2 == 0 ? "bad" : "1").append(",\n");
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
        Read halves = read(HALVES, file);

        assertThat(halves.report.problems()).hasSize(ImportReport.MAX_LISTED_PROBLEMS);
        assertThat(halves.report.notes()).contains("150 problems found; the first 100 are listed");
        assertSameRead(file, HALVES, "many problems");
    }

    private static void assertSameRead(byte[] file, CanonicalCsvReader halves, String what) throws IOException {
        Read expected = read(WHOLE, file);
        Read actual = read(halves, file);
        assertThat(actual.report).as(what).isEqualTo(expected.report);
        assertThat(actual.observations).as(what).containsExactlyElementsOf(expected.observations);
        assertThat(actual.coverage).as(what).containsExactlyElementsOf(expected.coverage);
    }

    private static Read read(CanonicalCsvReader reader, byte[] file) throws IOException {
        ObservationBuffer sink = new ObservationBuffer();
        ImportReport report = reader.read(new ExportInput("o.csv", new BytesOpener(file), context()),
                new HeldObservations(sink));
        sink.close();
        List<Observation> observations = new ArrayList<>();
        sink.forEach((series, observation) -> observations.add(observation));
        return new Read(report, observations, List.copyOf(sink.coverage()));
    }

    /** About a megabyte of rows, a few of them bad or quoted over two lines. */
    private static byte[] largeFile() {
        StringBuilder text = new StringBuilder(HEADER);
        IntUnaryOperator random = new Random(5)::nextInt;
        while (text.length() < 1_000_000) {
            int kind = random.applyAsInt(100);
            String value = kind == 0 ? "n/a" : kind == 1 ? "1.5k" : String.valueOf(random.applyAsInt(1000));
            text.append(row(random, value, kind == 2 ? "\"two\nlines\"" : "")).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Rows of few series and days, repeated with other values, some bad, some quoted over several
     * lines; {@code random} gives a number below its bound for each choice.
     */
    private static byte[] randomFile(IntUnaryOperator random, String lineEnd, Charset charset) {
        StringBuilder text = new StringBuilder(HEADER.replace("\n", lineEnd));
        int rows = 300 + random.applyAsInt(300);
        for (int row = 0; row < rows; row++) {
            int kind = random.applyAsInt(40);
            String value = kind == 0 ? "n/a" : kind == 1 ? "1.5k" : kind == 2 ? "\"£1,250\"" : String.valueOf(random.applyAsInt(10_000));
            String source = kind == 3 ? "\"two" + lineEnd + "lines\"" : kind == 4 ? "Malmö" : "";
            text.append(kind == 5 ? "labour,facebook,likes" : row(random, value, source)).append(lineEnd);
            if (kind == 6) {
                text.append(lineEnd);
            }
        }
        return text.toString().getBytes(charset);
    }

    private static String row(IntUnaryOperator random, String value, String source) {
        String[] subjects = {"labour", "jc", "jeremycorbyn"};
        String[] platforms = {"facebook", "twitter"};
        String[] metrics = {"likes", "impressions", "nonsense"};
        String[] segments = {"", "town=Stoke", "town=Leeds"};
        int day = 1 + random.applyAsInt(6);
        String date = "2019-12-0" + day;
        String to = random.applyAsInt(50) == 0 ? "2019-11-30" : date;
        return subjects[random.applyAsInt(subjects.length)] + "," + platforms[random.applyAsInt(2)] + ","
                + metrics[random.applyAsInt(20) == 0 ? 2 : random.applyAsInt(2)] + "," + date + "," + to + ","
                + segments[random.applyAsInt(segments.length)] + "," + value + "," + source;
    }

    private record Read(ImportReport report, List<Observation> observations, List<Coverage> coverage) {
    }

    /** The bytes of a file, with a known size and opened at any offset, as a file on disk is; counts what is read from the start. */
    private record BytesOpener(byte[] bytes, List<AtomicLong> readFromStart) implements Opener {

        BytesOpener(byte[] bytes) {
            this(bytes, new CopyOnWriteArrayList<>());
        }

        @Override
        public InputStream open() {
            AtomicLong read = new AtomicLong();
            readFromStart.add(read);
            return new FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    read.addAndGet(Math.max(n, 0));
                    return n;
                }
            };
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.of(bytes.length);
        }

        @Override
        public InputStream openAt(long offset) {
            return new ByteArrayInputStream(bytes, (int) offset, bytes.length - (int) offset);
        }
    }
}
