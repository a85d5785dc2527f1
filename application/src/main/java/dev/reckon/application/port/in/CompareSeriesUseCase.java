package dev.reckon.application.port.in;

/** Compares series from the imported data: two side by side, or several in a ranking. */
public interface CompareSeriesUseCase {

    /**
     * Never fails for missing data: a series without data is a value with a status, and the
     * comparison or ranking says so in its notes.
     */
    CompareSeriesResult compare(CompareSeriesQuery query);
}
