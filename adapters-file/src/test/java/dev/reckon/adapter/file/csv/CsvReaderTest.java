package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

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
