package dev.reckon.adapter.file.report;

import dev.reckon.domain.claim.Sides;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A number line with the two sides of a comparison drawn to scale as intervals, so a reader sees
 * why a claim is undecided (the intervals overlap) or how far off a false one is. For {@code ~}
 * the claimed figure's range (the values that count as "about" it) is drawn around it, since that,
 * not the bare figure, is what the other side must fall in. The same description is the chart's
 * text alternative and its caption.
 */
final class NumberLineChart {

    private static final int WIDTH = 640;
    private static final int PLOT_LEFT = 170;
    private static final int PLOT_RIGHT = 620;
    private static final int[] ROWS = {30, 66};
    private static final int AXIS_Y = 96;

    private NumberLineChart() {
    }

    /** The chart, or empty when neither side has a finite bound to draw. */
    static Optional<String> svg(String id, Sides sides) {
        List<Double> finite = new ArrayList<>();
        List<Interval> drawn = new ArrayList<>(List.of(sides.left(), sides.right()));
        sides.leftRange().ifPresent(drawn::add);
        sides.rightRange().ifPresent(drawn::add);
        for (Interval side : drawn) {
            side.lo().map(BigDecimal::doubleValue).ifPresent(finite::add);
            side.hi().map(BigDecimal::doubleValue).ifPresent(finite::add);
        }
        if (finite.isEmpty()) {
            return Optional.empty();
        }
        AxisScale scale = AxisScale.spanning(finite, PLOT_LEFT, PLOT_RIGHT);
        String description = description(sides, scale);
        StringBuilder svg = new StringBuilder();
        svg.append("<figure class=\"chart number-line\">\n");
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(" 120\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">Number line of the two sides</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>\n");
        axis(svg, scale);
        sides.leftRange().ifPresent(range -> range(svg, "side-left", range, scale, ROWS[0]));
        sides.rightRange().ifPresent(range -> range(svg, "side-right", range, scale, ROWS[1]));
        row(svg, "Left side", "side-left", sides.left(), scale, ROWS[0]);
        row(svg, "Right side", "side-right", sides.right(), scale, ROWS[1]);
        svg.append("</svg>\n<figcaption>").append(Html.escape(description)).append("</figcaption>\n</figure>\n");
        return Optional.of(svg.toString());
    }

    /** What the chart shows, in words: the values, how they lie, and the scale. */
    static String description(Sides sides, AxisScale scale) {
        String relation = sides.rightRange().map(range -> nearness("left", "right", sides.left(), range))
                .or(() -> sides.leftRange().map(range -> nearness("right", "left", sides.right(), range)))
                .orElseGet(() -> relation(sides.left(), sides.right()));
        return "Left side: " + words(sides.left()) + rangeWords(sides.leftRange()) + ". Right side: "
                + words(sides.right()) + rangeWords(sides.rightRange()) + ". " + relation
                + (scale.log() ? " Logarithmic scale." : "");
    }

    private static String rangeWords(Optional<Interval> range) {
        return range.map(values -> "; the values that count as about it run from "
                + DisplayNumber.readable(values.lo().orElseThrow()) + " to "
                + DisplayNumber.readable(values.hi().orElseThrow()) + " (the shaded range)").orElse("");
    }

    /** Where one side lies against the range of values that count as about the other. */
    private static String nearness(String side, String claimed, Interval value, Interval range) {
        String where = "the range that counts as about the " + claimed + " side";
        if (value.equals(Interval.ALL)) {
            return "A side with no value cannot be placed on the line.";
        }
        if (value.isEntirelyBelow(range)) {
            return "The " + side + " side lies below " + where + ".";
        }
        if (value.isEntirelyAbove(range)) {
            return "The " + side + " side lies above " + where + ".";
        }
        return range.contains(value) ? "The " + side + " side lies inside " + where + "."
                : "The " + side + " side lies partly inside " + where + ".";
    }

    private static String relation(Interval left, Interval right) {
        if (left.equals(Interval.ALL) || right.equals(Interval.ALL)) {
            return "A side with no value cannot be placed on the line.";
        }
        if (left.isEntirelyBelow(right)) {
            return "The left side lies entirely below the right side.";
        }
        if (left.isEntirelyAbove(right)) {
            return "The left side lies entirely above the right side.";
        }
        return left.isExact() && right.isExact() ? "The two sides are equal."
                : "The two intervals overlap.";
    }

    static String words(Interval interval) {
        if (interval.equals(Interval.ALL)) {
            return "no value";
        }
        if (interval.isExact()) {
            return DisplayNumber.readable(interval.lo().orElseThrow());
        }
        String lo = interval.lo().map(DisplayNumber::readable).orElse(null);
        String hi = interval.hi().map(DisplayNumber::readable).orElse(null);
        if (lo != null && lo.equals(hi)) {
            // Bounds that differ only past the fourth digit, as a quotient's do.
            return "about " + lo;
        }
        if (lo == null) {
            return "at most " + hi;
        }
        return hi == null ? "at least " + lo : "between " + lo + " and " + hi;
    }

    private static void axis(StringBuilder svg, AxisScale scale) {
        svg.append("<line class=\"axis\" x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(AXIS_Y)
                .append("\" x2=\"").append(PLOT_RIGHT).append("\" y2=\"").append(AXIS_Y).append("\"/>");
        for (double tick : scale.ticks()) {
            String x = coordinate(scale.x(tick));
            svg.append("<line class=\"tick\" x1=\"").append(x).append("\" y1=\"").append(AXIS_Y - 4).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(AXIS_Y + 4).append("\"/>");
            svg.append("<text class=\"tick-label\" x=\"").append(x).append("\" y=\"").append(AXIS_Y + 18)
                    .append("\" text-anchor=\"middle\">").append(DisplayNumber.compact(tick)).append("</text>");
        }
        svg.append('\n');
    }

    /** The range around a claimed figure: a pale band behind its marker, outlined so it shows without colour. */
    private static void range(StringBuilder svg, String css, Interval range, AxisScale scale, int y) {
        double from = scale.x(range.lo().orElseThrow().doubleValue());
        double to = scale.x(range.hi().orElseThrow().doubleValue());
        svg.append("<rect class=\"").append(css).append(" range\" x=\"").append(coordinate(from)).append("\" y=\"")
                .append(y - 11).append("\" width=\"").append(coordinate(Math.max(to - from, 1))).append("\" height=\"22\" rx=\"3\"/>");
    }

    private static void row(StringBuilder svg, String label, String css, Interval side, AxisScale scale, int y) {
        svg.append("<text class=\"row-label\" x=\"8\" y=\"").append(y - 2).append("\">").append(label).append("</text>");
        svg.append("<text class=\"row-value\" x=\"8\" y=\"").append(y + 13).append("\">")
                .append(Html.escape(shortWords(side))).append("</text>");
        if (side.equals(Interval.ALL)) {
            svg.append("<rect class=\"unknown\" x=\"").append(PLOT_LEFT).append("\" y=\"").append(y - 6)
                    .append("\" width=\"").append(PLOT_RIGHT - PLOT_LEFT).append("\" height=\"12\"/>\n");
            return;
        }
        double from = side.lo().map(lo -> scale.x(lo.doubleValue())).orElse((double) PLOT_LEFT);
        double to = side.hi().map(hi -> scale.x(hi.doubleValue())).orElse((double) PLOT_RIGHT);
        if (to - from < 3) {
            // An exact value or a very narrow interval: a marker a reader can see, centred on it.
            double centre = (from + to) / 2;
            svg.append("<path class=\"").append(css).append("\" d=\"M").append(coordinate(centre)).append(' ')
                    .append(y - 9).append(" l7 9 l-7 9 l-7 -9 z\"/>\n");
            return;
        }
        svg.append("<rect class=\"").append(css).append("\" x=\"").append(coordinate(from)).append("\" y=\"")
                .append(y - 6).append("\" width=\"").append(coordinate(to - from)).append("\" height=\"12\" rx=\"3\"/>");
        if (!side.hasLowerBound()) {
            svg.append("<path class=\"").append(css).append("\" d=\"M").append(PLOT_LEFT - 10).append(' ').append(y)
                    .append(" l10 -9 l0 18 z\"/>");
        }
        if (!side.hasUpperBound()) {
            svg.append("<path class=\"").append(css).append("\" d=\"M").append(PLOT_RIGHT + 10).append(' ').append(y)
                    .append(" l-10 -9 l0 18 z\"/>");
        }
        svg.append('\n');
    }

    /** The value under a row's label, which has room for about twenty characters. */
    private static String shortWords(Interval side) {
        if (side.equals(Interval.ALL)) {
            return "no value";
        }
        if (side.isExact()) {
            return DisplayNumber.readable(side.lo().orElseThrow());
        }
        if (side.isBounded() && words(side).startsWith("about ")) {
            return words(side);
        }
        return side.lo().map(DisplayNumber::readable).orElse("−∞") + " to "
                + side.hi().map(DisplayNumber::readable).orElse("+∞");
    }

    /** SVG coordinates with one decimal, written the same on every machine. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
