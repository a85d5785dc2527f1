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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,5|1234.5", "1.234|1234", "0,00975|0.00975", "-1.500,25|-1500.25", "1234|1234", "1\u00A0234,5|1234.5",
        "1 234 567|1234567", "1,234|1.234"})
    void reads_decimal_commas_in_a_file_that_writes_them(String cell, String expected) {
        assertThat(NumberCells.decimal(cell, DecimalMark.COMMA)).isEqualTo(new CellReading.Value(new BigDecimal(expected)));
    }

    @Test
    void a_thousands_point_is_a_count_with_a_decimal_comma_and_a_fraction_without() {
        assertThat(NumberCells.count("1.234", DecimalMark.COMMA)).isEqualTo(new CellReading.Value(new BigDecimal("1234")));
        assertThat(NumberCells.count("1.234", DecimalMark.POINT))
                .isEqualTo(new CellReading.Invalid("expected a whole number but found '1.234'"));
        assertThat(NumberCells.count("1,234", DecimalMark.COMMA))
                .isEqualTo(new CellReading.Invalid("expected a whole number but found '1,234'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,234.5", "-0.25"})
    void a_number_written_with_a_point_in_a_decimal_comma_file_is_rejected_not_guessed(String cell) {
        assertThat(NumberCells.decimal(cell, DecimalMark.COMMA)).isEqualTo(new CellReading.Invalid(
                "expected a number written with a decimal comma, such as 1.234,5 (the file separates its fields with"
                        + " semicolons), but found '" + cell + "'"));
    }

    @Test
    void what_is_no_number_in_any_spelling_is_said_plainly() {
        assertThat(NumberCells.decimal("lots", DecimalMark.COMMA)).isEqualTo(new CellReading.Invalid(
                "expected a number but found 'lots'"));
        assertThat(NumberCells.decimal("12.34,5", DecimalMark.COMMA)).isEqualTo(new CellReading.Invalid(
                "expected a number but found '12.34,5'"));
    }

    @Test
    void no_value_is_no_value_whatever_the_decimal_mark() {
        assertThat(NumberCells.count("-", DecimalMark.COMMA)).isInstanceOf(CellReading.Missing.class);
        assertThat(NumberCells.count("", DecimalMark.COMMA)).isInstanceOf(CellReading.Missing.class);
    }
}
