package dev.reckon.adapter.file.report;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import dev.reckon.report.ClaimReportView;
import java.util.List;

/** How the text reports write a series' value and where it came from. */
final class SeriesText {

    private SeriesText() {
    }

    /** {@code 85327 GBP}, {@code [324500000, 325500000]}: every digit kept, the currency after. */
    static String amount(SeriesValue value) {
        return number(value.value()) + value.currency().map(c -> " " + c.getCurrencyCode()).orElse("");
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
