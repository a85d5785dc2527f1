package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvNumbers;
import dev.reckon.adapter.file.csv.CsvRecord;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The cells of one CSV record, by the layout's positions; columns are numbered from 1 in problems.
 * A view: the reader reuses the record for the next row, so a view is read before the next one.
 */
final class CanonicalCsvCells implements CanonicalCells {

    private final CanonicalCsvLayout layout;
    private final CsvRecord record;

    CanonicalCsvCells(CanonicalCsvLayout layout, CsvRecord record) {
        this.layout = Objects.requireNonNull(layout, "layout is null");
        this.record = Objects.requireNonNull(record, "record is null");
    }

    @Override
    public boolean has(CanonicalColumn column) {
        return layout.field(column) >= 0;
    }

    @Override
    public String text(CanonicalColumn column) {
        return record.trimmed(layout.field(column));
    }

    @Override
    public OptionalLong wholeNumber(CanonicalColumn column) {
        return CsvNumbers.wholeNumber(record, layout.field(column));
    }

    @Override
    public OptionalInt position(CanonicalColumn column) {
        return OptionalInt.of(layout.field(column) + 1);
    }
}
