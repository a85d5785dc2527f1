package dev.reckon.application.port.out;

import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Window;

/**
 * Takes the observations of one series from one source, given by {@link ObservationSink#series}:
 * only what differs from one observation of the series to the next. A file names the same few
 * series row after row, so a reader asks for each series' sink once and spares the store from
 * finding the series again for every row. The rules are those of {@link ObservationSink#accept}:
 * a later observation of a window replaces the earlier one. Belongs to the thread of its sink.
 */
public interface SeriesSink {

    /** An observation of exactly {@code value} over {@code window}, without currency, read at {@code line}. */
    void accept(Window window, long value, long line);

    /** An observation of {@code value} (with its currency, if money) over {@code window}, read at {@code line}. */
    void accept(Window window, Amount value, long line);
}
