package dev.reckon.adapter.file.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,234|1234", "1777.0|1777", "0|0", " 42 |42", "1,234,567|1234567", "12.000|12"})
    void reads_counts_as_platforms_write_them(String cell, String expected) {
        assertThat(NumberCells.count(cell)).isEqualTo(new CellReading.Value(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "N/A", "n/a", "undefined"})
    void knows_the_ways_platforms_write_no_value(String cell) {
        assertThat(NumberCells.count(cell)).isInstanceOf(CellReading.Missing.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.5|expected a whole number but found '12.5'",
        "-3|expected a count but found a negative number '-3'",
        "1,23|expected a number but found '1,23'",
        "12,3456|expected a number but found '12,3456'",
        "lots|expected a number but found 'lots'",
        "1e5|expected a number but found '1e5'"})
    void rejects_what_is_not_a_count_with_the_reason(String cell, String reason) {
        assertThat(NumberCells.count(cell)).isEqualTo(new CellReading.Invalid(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-12|-12", "0.00975|0.00975", "-1,500.25|-1500.25"})
    void reads_signed_decimals(String cell, String expected) {
        assertThat(NumberCells.decimal(cell)).isEqualTo(new CellReading.Value(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a very long cell of text that goes on and on well past forty characters"})
    void shortens_long_cells_in_messages(String cell) {
        assertThat(((CellReading.Invalid) NumberCells.count(cell)).reason())
                .isEqualTo("expected a number but found 'a very long cell of text that goes on an...'");
    }

    @Test
    void refuses_a_cell_of_a_million_digits_at_once_by_its_length() {
        String digits = "1".repeat(1_000_000);
        long started = System.nanoTime();

        CellReading reading = NumberCells.count(digits);

        assertThat(reading).isEqualTo(new CellReading.Invalid(
                "expected a number but the cell has 1,000,000 characters, more than the 100 a number may have"));
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
        assertThat(NumberCells.decimal("9".repeat(100))).isInstanceOf(CellReading.Value.class);
    }
}
