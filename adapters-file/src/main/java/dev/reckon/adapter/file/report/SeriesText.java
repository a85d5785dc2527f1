package dev.reckon.adapter.file.report;

import dev.reckon.domain.number.DigitGrouping;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import dev.reckon.report.ClaimReportView;
import java.util.List;
import java.util.Optional;

/** How the text reports write a series' value and where it came from. */
final class SeriesText {

    private SeriesText() {
    }

    /** {@code 85327 GBP}, {@code [324500000, 325500000]}: every digit kept, the currency after. */
    static String amount(SeriesValue value) {
        return number(value.value()) + value.currency().map(c -> " " + c.getCurrencyCode()).orElse("");
    }

    /**
     * The value as a reader of a table reads it: every digit kept and the thousands grouped
     * ({@code 31,000,000}, not {@code 31000000}), an interval as its ends in words.
     */
    static String readableAmount(SeriesValue value) {
        Interval interval = value.value();
        Optional<String> lo = interval.lo().map(DigitGrouping::grouped);
        Optional<String> hi = interval.hi().map(DigitGrouping::grouped);
        String number;
        if (interval.isExact()) {
            number = lo.orElseThrow();
        } else if (lo.isPresent() && hi.isPresent()) {
            number = lo.get() + " to " + hi.get();
        } else if (lo.isPresent()) {
            number = "at least " + lo.get();
        } else {
            number = hi.map(h -> "at most " + h).orElse("unknown");
        }
        return number + value.currency().map(c -> " " + c.getCurrencyCode()).orElse("");
    }

    /** An exact value as one number, anything else as {@code [lo, hi]}. */
    static String number(Interval interval) {
        return interval.isExact() ? interval.loText() : interval.toString();
    }

    /** The sources the JSON report lists: up to {@link ClaimReportView#MAX_SOURCES} distinct {@code file:line}. */
    static List<String> sources(SeriesValue value) {
        return ClaimReportView.sources(value);
    }

    static String observations(int count) {
        return count + (count == 1 ? " observation" : " observations");
    }
}
