package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainFieldsWithTheLineEachRecordStartsOn() throws IOException {
        assertThat(read("a,b,c\n1,2,3\n")).containsExactly("1: [a, b, c]", "2: [1, 2, 3]");
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
