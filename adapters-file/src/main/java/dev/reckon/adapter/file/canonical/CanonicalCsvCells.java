package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvRecord;
import java.util.OptionalLong;
import java.util.function.Function;

/** The cells of the current record, by the layout's positions; columns are numbered from 1 in problems. */
final class CanonicalCsvCells implements CanonicalCells {

    private final CanonicalCsvLayout layout;
    private CsvRecord record;

    CanonicalCsvCells(CanonicalCsvLayout layout) {
        this.layout = layout;
    }

    /** The record whose cells these are from now on. */
    void of(CsvRecord record) {
        this.record = record;
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
    public <T> T read(CanonicalColumn column, CellCache<T> cache, Function<String, T> interpret) {
        return cache.byBytes().read(record, layout.field(column), interpret);
    }

    @Override
    public OptionalLong wholeNumber(CanonicalColumn column) {
        return record.trimmedLong(layout.field(column));
    }

    @Override
    public int position(CanonicalColumn column) {
        return layout.field(column) + 1;
    }
}
