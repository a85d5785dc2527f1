package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.domain.comparison.Comparison;
import dev.reckon.domain.comparison.Ranking;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a comparison for a person: two series side by side with their difference, ratio, percent
 * change and direction, or several ranked with their ties.
 *
 * <p>Derived figures are rounded for reading, always outward: a range is widened, never narrowed,
 * and a value that does not end (a ratio of 31/61) is shown as "about" its rounding.
 */
public final class ComparisonTextRenderer {

    private static final int RATIO_DECIMALS = 4;
    private static final int PERCENT_DECIMALS = 2;
    private static final int AMOUNT_DECIMALS = 2;
    private static final int LABEL_WIDTH = 31;

    public void render(DossierComparison comparison, Writer out) throws IOException {
        if (comparison.result() instanceof CompareSeriesResult.Pair pair) {
            writePair(pair.comparison(), out);
        } else if (comparison.result() instanceof CompareSeriesResult.Ranked ranked) {
            writeRanking(ranked.ranking(), out);
        }
    }

    private static void writePair(Comparison comparison, Writer out) throws IOException {
        String a = comparison.a().query().ref();
        String b = comparison.b().query().ref();
        int width = Math.max(a.length(), b.length());
        out.write("A  " + pad(a, width) + "  " + describe(comparison.a()) + "\n");
        out.write("B  " + pad(b, width) + "  " + describe(comparison.b()) + "\n");
        out.write(pad("difference (A - B):", LABEL_WIDTH) + rounded(comparison.difference(), AMOUNT_DECIMALS, "") + "\n");
        out.write(pad("ratio (A / B):", LABEL_WIDTH) + rounded(comparison.ratio(), RATIO_DECIMALS, "") + "\n");
        out.write(pad("percent change ((A - B) / B):", LABEL_WIDTH) + percent(comparison.percentChange()) + "\n");
        out.write(pad("direction:", LABEL_WIDTH) + comparison.direction().id() + "\n");
        writeNotes(comparison.notes(), out);
    }

    private static void writeRanking(Ranking ranking, Writer out) throws IOException {
        int width = ranking.entries().stream().mapToInt(e -> e.value().query().ref().length()).max().orElse(0);
        for (Ranking.Entry entry : ranking.entries()) {
            String rank = entry.isTied() ? entry.bestRank() + "-" + entry.worstRank() : String.valueOf(entry.bestRank());
            String ref = entry.value().query().ref();
            out.write(pad(rank, 5) + "  " + pad(ref, width) + "  " + describe(entry.value())
                    + (entry.isTied() ? "  tied: the values cannot separate it from its neighbours" : "") + "\n");
        }
        for (SeriesValue unranked : ranking.unranked()) {
            out.write("not ranked  " + unranked.query().ref() + "  " + describe(unranked) + "\n");
        }
        writeNotes(ranking.notes(), out);
    }

    private static void writeNotes(List<String> notes, Writer out) throws IOException {
        for (String note : notes) {
            out.write("note: " + TableReportRenderer.oneLine(note) + "\n");
        }
    }

    /** {@code 350000 (7 observations: sum of daily observations)}, or why there is no value. */
    static String describe(SeriesValue value) {
        String basis = SeriesText.observations(value.observations().size()) + ": "
                + TableReportRenderer.oneLine(value.rule());
        return (value.hasValue() ? SeriesText.amount(value) : "no value") + " (" + basis + ")";
    }

    /**
     * {@code -30000000}, {@code about 0.5082}, {@code [0.49, 0.53]}: an exact value with at most
     * {@code decimals} decimals as it is; otherwise the ends rounded outward to {@code decimals},
     * shown as one value when they round to the same. {@code unit} follows each number.
     */
    static String rounded(Interval interval, int decimals, String unit) {
        if (interval.isExact() && interval.lo().orElseThrow().stripTrailingZeros().scale() <= decimals) {
            return interval.loText() + unit;
        }
        if (interval.isBounded()) {
            BigDecimal low = interval.lo().orElseThrow().setScale(decimals, RoundingMode.HALF_UP);
            BigDecimal high = interval.hi().orElseThrow().setScale(decimals, RoundingMode.HALF_UP);
            if (low.compareTo(high) == 0) {
                return "about " + Interval.plain(low) + unit;
            }
        }
        String lo = interval.lo().map(v -> Interval.plain(v.setScale(decimals, RoundingMode.FLOOR)) + unit)
                .orElse("-inf");
        String hi = interval.hi().map(v -> Interval.plain(v.setScale(decimals, RoundingMode.CEILING)) + unit)
                .orElse("+inf");
        return "[" + lo + ", " + hi + "]";
    }

    /** A fraction as a percentage: {@code 0.25} is {@code 25%}. */
    static String percent(Interval fraction) {
        return rounded(fraction.times(Interval.exactly(100)), PERCENT_DECIMALS, "%");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
