package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts read from a record's bytes, with or without thousands separators; the rest is left to the caller. */
class CsvNumbersCountTest {

    @Test
    void plainAndGroupedCountsAreRead() throws IOException {
        assertThat(count("0")).hasValue(0);
        assertThat(count("007")).hasValue(7);
        assertThat(count("1234")).hasValue(1234);
        assertThat(count("\"1,234\"")).hasValue(1234);
        assertThat(count("\"250,003\"")).hasValue(250_003);
        assertThat(count("\"1,200,000\"")).hasValue(1_200_000);
        assertThat(count(" 42 ")).hasValue(42);
        assertThat(count("\" 9,999 \"")).hasValue(9999);
        assertThat(count("999999999999999999")).hasValue(999_999_999_999_999_999L);
        assertThat(count("\"999,999,999,999,999,999\"")).hasValue(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "--", "N/A", "undefined", "\"1,2,3\"", "\"1,23\"", "\"1,2345\"",
            "\"1234,567\"", "\",123\"", "\"1,\"", "\"1,,234\"", "1777.0", "1.5", "-7", "+3", "-0", "12a", "x1", "1 2",
            "١٢", "1000000000000000000", "\"1,000,000,000,000,000,000\"", "99999999999999999999999"})
    void anythingElseIsLeftToTheCaller(String field) throws IOException {
        assertThat(count(field)).isEmpty();
    }

    private static OptionalLong count(String field) throws IOException {
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(("a," + field + ",b\n")
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, ',')) {
            assertThat(reader.next()).isTrue();
            CsvRecord record = reader.record();
            assertThat(record.size()).isEqualTo(3);
            return CsvNumbers.count(record, 1);
        }
    }
}
