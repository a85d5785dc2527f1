package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.adapter.file.text.LineTooLongException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void aRecordLongerThanTheLimitIsRefusedNamingTheLineItStartsOn() throws IOException {
        byte[] bytes = new byte[LineTooLongException.MAX_BYTES + 10];
        java.util.Arrays.fill(bytes, (byte) 'x');
        byte[] start = "a,b\nc,d\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, bytes, 0, start.length);
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ',')) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next).isInstanceOf(LineTooLongException.class)
                    .hasMessage("line 3 is longer than 16 MiB, the longest line Reckon reads");
        }
    }

    @Test
    void aRecordOfMillionsOfFieldsArrivingInSmallPiecesIsReadInLinearTime() throws IOException {
        String line = "x,".repeat(5_000_000) + "y";
        long started = System.nanoTime();
        try (CsvReader reader = new CsvReader(new StringReader(line))) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.record().size()).isEqualTo(5_000_001);
        }
        // Each refill once shifted every field read so far: over a hundred seconds for this line.
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    }

    @Test
    void aTenMegabyteLineIsOneRecord() throws IOException {
        String line = "x,".repeat(5_000_000) + "y";
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, ',')) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.record().size()).isEqualTo(5_000_001);
            assertThat(reader.record().get(5_000_000)).isEqualTo("y");
        }
    }

    @Test
    void readsPlainFieldsWithTheLineEachRecordStartsOn() throws IOException {
        assertThat(read("a,b,c\n1,2,3\n")).containsExactly("1: [a, b, c]", "2: [1, 2, 3]");
    }

    @Test
    void eachRecordKnowsWhereItStartsInTheStreamAcrossRefillsAndAfterAByteOrderMark() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFid,text\n");
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            starts.add((long) text.toString().getBytes(StandardCharsets.UTF_8).length);
            text.append(i).append(i % 7 == 0 ? ",\"two\nlines\"\r\n" : ",plain text\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ',')) {
            assertThat(csv.next()).isTrue();
            assertThat(csv.recordOffset()).as("after the byte order mark").isEqualTo(3);
            for (long start : starts) {
                assertThat(csv.next()).isTrue();
                assertThat(csv.recordOffset()).isEqualTo(start);
            }
            assertThat(csv.next()).isFalse();
            assertThatThrownBy(csv::recordOffset).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aReaderFromTheMiddleOfATextKeepsAByteOrderMarkAsTextAndNumbersLinesFromThere() throws IOException {
        byte[] bytes = "\uFEFFlabour,1\nlabour,2\n".getBytes(StandardCharsets.UTF_8);
        try (CsvReader csv = CsvReader.fromRecordStart(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ',')) {
            assertThat(csv.next()).isTrue();
            assertThat(csv.record().get(0)).isEqualTo("\uFEFFlabour");
            assertThat(csv.record().line()).isEqualTo(1);
            assertThat(csv.recordOffset()).isZero();
        }
    }

    @Test
    void quotedFieldsKeepSeparatorsDoubledQuotesAndLineBreaks() throws IOException {
        List<String> records = read("id,text\n1,\"Hello, \"\"world\"\"\nsecond line\"\n2,plain\n");

        assertThat(records).containsExactly("1: [id, text]", "2: [1, Hello, \"world\"\nsecond line]", "4: [2, plain]");
    }

    @Test
    void crlfAndLoneCrEndLinesAndCountOnce() throws IOException {
        assertThat(read("a,b\r\n1,2\r\n3,4\r5,6")).containsExactly("1: [a, b]", "2: [1, 2]", "3: [3, 4]", "4: [5, 6]");
    }

    @Test
    void quotedCrlfInsideAFieldIsKeptAndCountedAsOneLine() throws IOException {
        assertThat(read("\"x\r\ny\",z\r\nnext,1\r\n")).containsExactly("1: [x\r\ny, z]", "3: [next, 1]");
    }

    @Test
    void emptyFieldsAnywhereIncludingTheLastAreKept() throws IOException {
        CsvReader reader = reader(",a,,\n\"\",\n");

        assertThat(reader.next()).isTrue();
        assertThat(reader.record().toList()).containsExactly("", "a", "", "");
        assertThat(reader.next()).isTrue();
        assertThat(reader.record().toList()).containsExactly("", "");
        assertThat(reader.next()).isFalse();
    }

    @Test
    void lastRecordWithoutLineEndIsRead() throws IOException {
        assertThat(read("a,b\n1,")).containsExactly("1: [a, b]", "2: [1, ]");
    }

    @Test
    void emptyLinesAreSkippedButStillCounted() throws IOException {
        assertThat(read("a\n\n\r\nb\n\n")).containsExactly("1: [a]", "4: [b]");
    }

    @Test
    void aFileEndingInsideAQuoteMarksTheRecord() throws IOException {
        CsvReader reader = reader("a,\"never closed\nb,c\n");

        assertThat(reader.next()).isTrue();
        assertThat(reader.record().unterminatedQuote()).isTrue();
        assertThat(reader.record().get(1)).isEqualTo("never closed\nb,c\n");
        assertThat(reader.next()).isFalse();
    }

    @Test
    void textAfterAClosingQuoteAndQuotesInsideUnquotedFieldsAreKept() throws IOException {
        assertThat(read("\"ab\"cd,e\"f\n")).containsExactly("1: [abcd, e\"f]");
    }

    @Test
    void byteOrderMarkAtTheStartIsSkipped() throws IOException {
        assertThat(read("\uFEFFsubject,value\n")).containsExactly("1: [subject, value]");
    }

    @Test
    void otherSeparatorsAndRecordsLongerThanTheBuffer() throws IOException {
        String longField = "x".repeat(200_000);
        assertThat(read("a;" + longField + "\nb;c", ';')).containsExactly("1: [a, " + longField + "]", "2: [b, c]");
    }

    @Test
    void fieldAccessorsWorkWithoutMakingStrings() throws IOException {
        CsvReader reader = reader(" labour , ,x\n");
        reader.next();
        CsvRecord record = reader.record();

        assertThat(record.size()).isEqualTo(3);
        assertThat(record.trimmed(0)).isEqualTo("labour");
        assertThat(record.isBlank(1)).isTrue();
        assertThat(record.isBlank(2)).isFalse();
        assertThat(record.fieldEquals(2, "x")).isTrue();
        assertThat(record.fieldEquals(2, "y")).isFalse();
        assertThat(record.length(0)).isEqualTo(8);
        assertThat(record.charAt(0, 1)).isEqualTo('l');
    }

    @Test
    void readsBackWhatWasWrittenWhateverTheFieldsHoldAndHoweverTheTextArrives() throws IOException {
        java.util.Random random = new java.util.Random(20191212);
        String alphabet = "ab,\"\n\r x;é";
        for (int round = 0; round < 200; round++) {
            List<List<String>> written = new ArrayList<>();
            List<Long> startLines = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            long line = 1;
            for (int r = 0, records = 1 + random.nextInt(6); r < records; r++) {
                List<String> fields = new ArrayList<>();
                startLines.add(line);
                for (int f = 0, count = 1 + random.nextInt(4); f < count; f++) {
                    StringBuilder field = new StringBuilder();
                    for (int k = random.nextInt(6); k > 0; k--) {
                        field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    fields.add(field.toString());
                    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                            && !(count == 1 && field.length() == 0) && random.nextBoolean();
                    String quoted = "\"" + field.toString().replace("\"", "\"\"") + "\"";
                    text.append(f == 0 ? "" : ",").append(plain ? field : quoted);
                    line += field.toString().replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
                }
                written.add(fields);
                String end = random.nextBoolean() ? "\r\n" : "\n";
                text.append(end);
                line++;
            }
            List<List<String>> read = new ArrayList<>();
            List<Long> readLines = new ArrayList<>();
            try (CsvReader reader = new CsvReader(new TrickleReader(text.toString(), random))) {
                while (reader.next()) {
                    read.add(reader.record().toList());
                    readLines.add(reader.record().line());
                }
            }
            assertThat(read).as("records of %s", text).isEqualTo(written);
            assertThat(readLines).as("lines of %s", text).isEqualTo(startLines);
        }
    }

    @Test
    void aFieldOrLineEndAtEachPlaceInAWordIsFound() throws IOException {
        for (char separator : new char[] {',', ';', '\t', ' '}) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            String[] lineEnds = {"\n", "\r\n", "\r"};
            int line = 1;
            for (int first = 0; first < 10; first++) {
                for (int second = 0; second < 10; second++) {
                    String a = "a".repeat(first);
                    String b = "b".repeat(second);
                    text.append(a).append(separator).append(b).append(lineEnds[(first + second) % 3]);
                    expected.add(line++ + ": [" + a + ", " + b + "]");
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

            assertThat(readBytes(bytes, StandardCharsets.UTF_8, separator, Integer.MAX_VALUE)).as("separator %s", (int) separator)
                    .isEqualTo(expected);
            assertThat(readBytes(bytes, StandardCharsets.UTF_8, separator, 5)).as("separator %s", (int) separator)
                    .isEqualTo(expected);
        }
    }

    @Test
    void bytesThatAreNotSeparatorsLineEndsOrLeadingQuotesStayInTheirField() throws IOException {
        // Spaces and other bytes below the comma, a quote inside a field, and non-ASCII bytes whose low
        // seven bits are a comma (windows-1252 '¬', 0xAC), a line feed or a return (UTF-8 'Ċ' C4 8A, 'č' C4 8D).
        String utf8 = "a b!c+d*e#f,g\"h\"i,¬Ċč¢x,\"q,\"\"r\"\"\",1 2\n";
        String cp1252 = "x¬y,¬,z¬\n";

        assertThat(readBytes(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', Integer.MAX_VALUE))
                .containsExactly("1: [a b!c+d*e#f, g\"h\"i, ¬Ċč¢x, q,\"r\", 1 2]");
        Charset windows1252 = Charset.forName("windows-1252");
        assertThat(readBytes(cp1252.getBytes(windows1252), windows1252, ',', Integer.MAX_VALUE))
                .containsExactly("1: [x¬y, ¬, z¬]");
    }

    @Test
    void aRecordAcrossABufferRefillIsReadWholeWhereverTheRefillFalls() throws IOException {
        for (int shift = 0; shift < 40; shift++) {
            String filler = "f".repeat((1 << 16) - 20 + shift);
            String text = filler + "\nab,cd,\"e,f\",,gh\r\nlast,1\n";

            assertThat(readBytes(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', Integer.MAX_VALUE))
                    .as("shift %d", shift).containsExactly("1: [" + filler + "]", "2: [ab, cd, e,f, , gh]", "3: [last, 1]");
        }
    }

    @Test
    void longQuotedFieldsWithDoubledQuotesAndLineBreaksAnywhereAreUnquoted() throws IOException {
        for (int shift = 0; shift < 20; shift++) {
            String field = "a".repeat(shift) + "\"" + "b".repeat(30) + "\n" + "c".repeat(shift) + "\"\"" + "d".repeat(17)
                    + "\r\n" + "e".repeat(9) + "\"";
            String text = "\"" + field.replace("\"", "\"\"") + "\",x\n\"" + "f".repeat(shift) + "\"\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            List<String> expected = List.of("1: [" + field + ", x]", "4: [" + "f".repeat(shift) + "]");

            assertThat(readBytes(bytes, StandardCharsets.UTF_8, ',', Integer.MAX_VALUE)).as("shift %d", shift).isEqualTo(expected);
            assertThat(readBytes(bytes, StandardCharsets.UTF_8, ',', 7)).as("shift %d", shift).isEqualTo(expected);
        }
    }

    @Test
    void recordsWithManyFieldsKeepThemAll() throws IOException {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            fields.add(i % 7 == 0 ? "" : Integer.toString(i));
        }
        String record = String.join(",", fields);
        String text = record + "\n" + record + "," + "\n" + "x\n";
        List<String> withEmptyLast = new ArrayList<>(fields);
        withEmptyLast.add("");

        assertThat(readBytes(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', Integer.MAX_VALUE))
                .containsExactly("1: " + fields, "2: " + withEmptyLast, "3: [x]");
    }

    @Test
    void recordsLongerThanTheBufferWithCommasAndQuotes() throws IOException {
        String plain = "x".repeat(200_000);
        String quoted = "y,\n".repeat(50_000);
        String text = "a," + plain + ",\"" + quoted + "\",z\nb,c\n";

        assertThat(readBytes(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', Integer.MAX_VALUE))
                .containsExactly("1: [a, " + plain + ", " + quoted + ", z]", "50002: [b, c]");
    }

    @Test
    void readsBackWhatWasWrittenAsBytesWithAnySeparatorAndHoweverTheBytesArrive() throws IOException {
        java.util.Random random = new java.util.Random(20191213);
        String alphabet = "ab,;|\t\"\n\r x!+é¬Ċč";
        char[] separators = {',', ';', '|', '\t', ' '};
        for (int round = 0; round < 300; round++) {
            char separator = separators[round % separators.length];
            List<String> expected = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            long line = 1;
            for (int r = 0, records = 1 + random.nextInt(40); r < records; r++) {
                List<String> fields = new ArrayList<>();
                for (int f = 0, count = 1 + random.nextInt(6); f < count; f++) {
                    StringBuilder field = new StringBuilder();
                    for (int k = random.nextInt(12); k > 0; k--) {
                        field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String value = field.toString();
                    fields.add(value);
                    boolean plain = value.chars().noneMatch(c -> c == separator || c == '"' || c == '\n' || c == '\r')
                            && !(count == 1 && value.isEmpty()) && random.nextInt(4) != 0;
                    text.append(f == 0 ? "" : String.valueOf(separator))
                            .append(plain ? value : "\"" + value.replace("\"", "\"\"") + "\"");
                }
                expected.add(line + ": " + fields);
                line += 1 + fields.stream().mapToLong(f -> f.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count()).sum();
                text.append(random.nextBoolean() ? "\r\n" : "\n");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int chunk = round % 3 == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(20);

            assertThat(readBytes(bytes, StandardCharsets.UTF_8, separator, chunk)).as("%s", text).isEqualTo(expected);
        }
    }

    /** Gives its text a few characters at a time, so records and quotes straddle every boundary. */
    private static final class TrickleReader extends java.io.Reader {
        private final String text;
        private final java.util.Random random;
        private int position;

        TrickleReader(String text, java.util.Random random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + random.nextInt(3)), text.length() - position);
            text.getChars(position, position + count, into, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    private static CsvReader reader(String text) {
        return new CsvReader(new StringReader(text));
    }

    private static List<String> read(String text) throws IOException {
        return read(text, ',');
    }

    /** The records of {@code bytes} as {@code line: [fields]}, given to the reader at most {@code chunk} bytes at a time. */
    private static List<String> readBytes(byte[] bytes, Charset charset, char separator, int chunk) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, chunk));
            }
        };
        List<String> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in, charset, separator)) {
            while (reader.next()) {
                records.add(reader.record().toString());
            }
        }
        return records;
    }

    private static List<String> read(String text, char separator) throws IOException {
        List<String> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), separator)) {
            while (reader.next()) {
                records.add(reader.record().toString());
            }
        }
        return records;
    }
}
