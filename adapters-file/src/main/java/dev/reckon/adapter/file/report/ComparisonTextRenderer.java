package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.DossierComparison;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.io.IOException;
import java.io.Writer;

/** Writes the series a comparison read, one per line with its value and how it was computed. */
public final class ComparisonTextRenderer {

    public void render(DossierComparison comparison, Writer out) throws IOException {
        int refWidth = comparison.values().stream().mapToInt(v -> v.query().ref().length()).max().orElse(0);
        for (SeriesValue value : comparison.values()) {
            String ref = value.query().ref();
            out.write(ref + " ".repeat(refWidth - ref.length()) + "  " + describe(value) + "\n");
        }
    }

    /** {@code 350000 (7 observations: sum of daily observations)}, or why there is no value. */
    static String describe(SeriesValue value) {
        int count = value.observations().size();
        String basis = count + (count == 1 ? " observation" : " observations") + ": "
                + TableReportRenderer.oneLine(value.rule());
        if (!value.hasValue()) {
            return "no value (" + basis + ")";
        }
        return number(value.value()) + value.currency().map(c -> " " + c.getCurrencyCode()).orElse("")
                + " (" + basis + ")";
    }

    /** An exact value as one number, anything else as {@code [lo, hi]}. */
    static String number(Interval interval) {
        return interval.isExact() ? interval.loText() : interval.toString();
    }
}
