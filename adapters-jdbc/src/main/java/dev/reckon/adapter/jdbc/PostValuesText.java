package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.DecimalDigits;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.post.PostValues;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A post's values as the one text versions 4 to 6 of the store kept them in: {@code metric=value}
 * pairs joined by {@code ;}, a value being an exact decimal, or {@code lo..hi} with an end left
 * out where it is unbounded. Metric ids hold neither {@code =}, {@code ;} nor {@code ..}. Version 7
 * keeps values in columns ({@link PostBlock}), each value that is not a whole number as its text
 * here; a file upgraded from version 6 has its values read from this text once.
 */
final class PostValuesText {

    private PostValuesText() {
    }

    /** Whole numbers are written straight from the post's compact values, without an interval each. */
    static String text(PostValues values) {
        StringBuilder text = new StringBuilder(values.size() * 24);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(values.layout().metric(i).value()).append('=');
            if (values.isWholeAt(i)) {
                text.append(values.wholeAt(i));
            } else {
                append(text, values.valueAt(i));
            }
        }
        return text.toString();
    }

    /** One value as the text keeps it: {@code 12.5}, {@code 10..20}, {@code 10..}. */
    static String text(Interval value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return text.toString();
    }

    /** The value {@link #text(Interval)} wrote. */
    static Interval interval(String text) {
        return interval(text, 0, text.length());
    }

    private static void append(StringBuilder text, Interval value) {
        if (value.isExact()) {
            text.append(value.lo().orElseThrow().toPlainString());
        } else {
            value.lo().ifPresent(lo -> text.append(lo.toPlainString()));
            text.append("..");
            value.hi().ifPresent(hi -> text.append(hi.toPlainString()));
        }
    }

    static Map<MetricId, Interval> values(String text) {
        Map<MetricId, Interval> values = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            int dots = value.indexOf("..");
            values.put(new MetricId(pair.substring(0, equals)), dots < 0 ? Interval.exactly(new BigDecimal(value))
                    : Interval.between(decimal(value.substring(0, dots)), decimal(value.substring(dots + 2))));
        }
        return values;
    }

    /**
     * The value of {@code metric} in {@code text}, read without the others: a set over a hundred
     * thousand posts reads one metric of each.
     */
    static Optional<Interval> value(String text, MetricId metricId) {
        String metric = metricId.value();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf(';', at);
            if (end < 0) {
                end = text.length();
            }
            int equals = at + metric.length();
            if (equals < end && text.charAt(equals) == '=' && text.startsWith(metric, at)) {
                return Optional.of(interval(text, equals + 1, end));
            }
            at = end + 1;
        }
        return Optional.empty();
    }

    private static Interval interval(String text, int from, int to) {
        long whole = wholeNumber(text, from, to);
        if (whole >= 0) {
            return Interval.exactly(whole);
        }
        String value = text.substring(from, to);
        int dots = value.indexOf("..");
        return dots < 0 ? Interval.exactly(new BigDecimal(value))
                : Interval.between(decimal(value.substring(0, dots)), decimal(value.substring(dots + 2)));
    }

    /** The digits from {@code from} to {@code to} as a number, or -1 when they are not up to 18 plain digits. */
    private static long wholeNumber(String text, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        return DecimalDigits.longValue(text, from, to);
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
