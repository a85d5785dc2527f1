package dev.reckon.adapter.file.report;

import static dev.reckon.adapter.file.report.NumberLineChart.coordinate;

import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A small time chart of one series over its period: daily observations as bars, longer windows
 * (a 7-day or 28-day figure, the whole period) as spans below them, values at an instant as dots,
 * stretches no data covers shaded, and spans outlined when the series' notes say grains disagree.
 */
final class SeriesTimeChart {

    private static final int WIDTH = 640;
    private static final int LEFT = 56;
    private static final int RIGHT = 624;
    private static final int BARS_TOP = 18;
    private static final int BARS_HEIGHT = 74;
    private static final int SPAN_HEIGHT = 16;
    /** A window this long or shorter is a day: a day with a clock change has 25 hours. */
    private static final Duration DAY = Duration.ofHours(25);

    private final String id;
    private final SeriesValue series;
    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    /** Where the bars end and the spans start: a series with no daily figure needs no room for bars. */
    private int barsBottom;
    private int spanY;
    private int dateY;

    private SeriesTimeChart(String id, SeriesValue series) {
        this.id = id;
        this.series = series;
        this.zone = series.query().period().zone();
        Window period = series.query().period().window();
        this.start = period.start();
        this.end = period.end();
    }

    /** The chart of {@code series}, its element ids starting with {@code id}. */
    static String svg(String id, SeriesValue series) {
        return new SeriesTimeChart(id, series).draw();
    }

    private String draw() {
        List<Observation> days = new ArrayList<>();
        List<Observation> spans = new ArrayList<>();
        List<Observation> instants = new ArrayList<>();
        for (Observation observation : series.observations()) {
            Window window = observation.window();
            if (window.isInstant()) {
                instants.add(observation);
            } else if (window.duration().compareTo(DAY) <= 0) {
                days.add(observation);
            } else {
                spans.add(observation);
            }
        }
        // A series' notes tell of figures that disagree, which only figures of overlapping grains can:
        // the longer ones (the spans) are outlined when there is anything finer to disagree with.
        boolean disagreement = !series.notes().isEmpty() && !spans.isEmpty() && (!days.isEmpty() || spans.size() > 1);
        String description = description(days, spans, instants, disagreement);
        barsBottom = days.isEmpty() && instants.isEmpty() ? BARS_TOP - 8 : BARS_TOP + BARS_HEIGHT;
        spanY = barsBottom + 8;
        dateY = spanY + SPAN_HEIGHT + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure class=\"chart time-chart\">\n");
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(dateY + 10).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(series.query().ref()))
                .append(" over ").append(Html.escape(series.query().period().name())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>\n");
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect class=\"gap-fill\" width=\"6\" height=\"6\"/><line class=\"gap-line\" x1=\"0\" y1=\"0\" ")
                .append("x2=\"0\" y2=\"6\"/></pattern></defs>\n");
        svg.append("<rect class=\"plot\" x=\"").append(LEFT).append("\" y=\"").append(BARS_TOP - 4).append("\" width=\"")
                .append(RIGHT - LEFT).append("\" height=\"").append(spanY + SPAN_HEIGHT + 8 - BARS_TOP).append("\"/>\n");
        gaps(svg);
        double top = days.stream().map(SeriesTimeChart::height).mapToDouble(Double::doubleValue).max().orElse(0);
        top = Math.max(top, instants.stream().map(SeriesTimeChart::height).mapToDouble(Double::doubleValue).max().orElse(0));
        for (Observation day : days) {
            bar(svg, day, top);
        }
        for (Observation instant : instants) {
            dot(svg, instant, top);
        }
        for (Observation span : spans) {
            span(svg, span, disagreement);
        }
        if (top > 0) {
            svg.append("<text class=\"tick-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(BARS_TOP + 8)
                    .append("\" text-anchor=\"end\">").append(DisplayNumber.compact(top)).append("</text>");
            svg.append("<text class=\"tick-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(barsBottom)
                    .append("\" text-anchor=\"end\">0</text>");
        }
        dateAxis(svg);
        svg.append("</svg>\n<figcaption>").append(Html.escape(description)).append("</figcaption>\n</figure>\n");
        return svg.toString();
    }

    /** What the chart shows, in words, for screen readers and for the caption. */
    private String description(List<Observation> days, List<Observation> spans, List<Observation> instants,
                               boolean disagreement) {
        List<String> parts = new ArrayList<>();
        if (!days.isEmpty()) {
            parts.add(days.size() + (days.size() == 1 ? " daily figure" : " daily figures"));
        }
        for (Observation span : spans) {
            parts.add(grain(span.window()) + " figure of " + value(span) + " (" + dates(span.window()) + ")");
        }
        for (Observation instant : instants) {
            parts.add("a value of " + value(instant) + " at " + instant.window().start().atZone(zone).toLocalDate());
        }
        String observed = parts.isEmpty() ? "No observations" : capitalised(String.join("; ", parts));
        String gaps = series.gaps().isEmpty() ? "the data covers the whole period"
                : "no data covers " + String.join(", ", series.gaps().stream().map(this::dates).toList());
        return observed + " over " + series.query().period() + "; " + gaps + "."
                + (disagreement ? " Figures of different grains disagree (outlined)." : "");
    }

    private void gaps(StringBuilder svg) {
        for (Window gap : series.gaps()) {
            double from = x(gap.start());
            double to = x(gap.end());
            svg.append("<rect class=\"gap\" fill=\"url(#").append(id).append("-hatch)\" x=\"").append(coordinate(from))
                    .append("\" y=\"").append(BARS_TOP - 4).append("\" width=\"").append(coordinate(Math.max(to - from, 2)))
                    .append("\" height=\"").append(spanY + SPAN_HEIGHT + 8 - BARS_TOP).append("\"><title>no data: ")
                    .append(dates(gap)).append("</title></rect>\n");
        }
    }

    private void bar(StringBuilder svg, Observation day, double top) {
        double from = x(day.window().start());
        double to = x(day.window().end());
        double h = top > 0 ? height(day) / top * (BARS_HEIGHT) : 0;
        svg.append("<rect class=\"bar\" x=\"").append(coordinate(from + 0.5)).append("\" y=\"")
                .append(coordinate(barsBottom - h)).append("\" width=\"").append(coordinate(Math.max(to - from - 1, 1)))
                .append("\" height=\"").append(coordinate(h)).append("\"><title>")
                .append(day.window().start().atZone(zone).toLocalDate()).append(": ").append(value(day))
                .append("</title></rect>\n");
    }

    private void dot(StringBuilder svg, Observation instant, double top) {
        double h = top > 0 ? height(instant) / top * (BARS_HEIGHT) : 0;
        svg.append("<circle class=\"dot\" cx=\"").append(coordinate(x(instant.window().start()))).append("\" cy=\"")
                .append(coordinate(barsBottom - h)).append("\" r=\"5\"><title>")
                .append(instant.window().start().atZone(zone)).append(": ").append(value(instant))
                .append("</title></circle>\n");
    }

    private void span(StringBuilder svg, Observation span, boolean disagreement) {
        double from = x(span.window().start());
        double to = x(span.window().end());
        svg.append("<rect class=\"span").append(disagreement ? " disagree" : "").append("\" x=\"")
                .append(coordinate(from + 0.5)).append("\" y=\"").append(spanY).append("\" width=\"")
                .append(coordinate(Math.max(to - from - 1, 2))).append("\" height=\"").append(SPAN_HEIGHT)
                .append("\" rx=\"3\"><title>").append(grain(span.window())).append(' ').append(dates(span.window()))
                .append(": ").append(value(span)).append("</title></rect>\n");
        String label = grain(span.window()) + ": " + value(span);
        // About 6.5 units a character at the label's size; a label that does not fit is left to the caption.
        if (label.length() * 6.5 < to - from - 8) {
            svg.append("<text class=\"span-label\" x=\"").append(coordinate(from + 6)).append("\" y=\"")
                    .append(spanY + 12).append("\">").append(Html.escape(label)).append("</text>\n");
        }
    }

    private void dateAxis(StringBuilder svg) {
        LocalDate first = series.query().period().from();
        LocalDate last = series.query().period().to();
        svg.append("<text class=\"tick-label\" x=\"").append(LEFT).append("\" y=\"").append(dateY).append("\">")
                .append(first).append("</text>");
        if (!last.equals(first)) {
            svg.append("<text class=\"tick-label\" x=\"").append(RIGHT).append("\" y=\"").append(dateY)
                    .append("\" text-anchor=\"end\">").append(last).append("</text>");
        }
        svg.append('\n');
    }

    private double x(Instant instant) {
        double span = Duration.between(start, end).toSeconds();
        double at = Duration.between(start, instant).toSeconds();
        double fraction = span == 0 ? 0.5 : Math.max(0, Math.min(1, at / span));
        return LEFT + fraction * (RIGHT - LEFT);
    }

    /** A bar's height: the top of the value's interval, which for an exact value is the value. */
    private static double height(Observation observation) {
        return observation.value().hi().or(() -> observation.value().lo()).map(BigDecimal::doubleValue).orElse(0.0);
    }

    private static String value(Observation observation) {
        return NumberLineChart.words(observation.value())
                + observation.currency().map(c -> " " + c.getCurrencyCode()).orElse("");
    }

    /** {@code 7-day}, {@code 28-day}: a window's length in whole days. */
    private static String grain(Window window) {
        long days = Math.round(window.duration().toMinutes() / (24.0 * 60));
        return days + "-day";
    }

    /** {@code 2019-11-06 to 2019-11-12}: the first and the last day a half-open window touches. */
    private String dates(Window window) {
        LocalDate first = window.start().atZone(zone).toLocalDate();
        LocalDate last = window.end().minusNanos(1).atZone(zone).toLocalDate();
        return first.equals(last) ? first.toString() : first + " to " + last;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
