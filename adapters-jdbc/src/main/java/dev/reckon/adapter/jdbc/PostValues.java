package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A post's values as the one text the store keeps them in: {@code metric=value} pairs joined by
 * {@code ;}, a value being an exact decimal, or {@code lo..hi} with an end left out where it is
 * unbounded. Metric ids hold neither {@code =}, {@code ;} nor {@code ..}.
 */
final class PostValues {

    private PostValues() {
    }

    static String text(Map<MetricId, Interval> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((metric, value) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(metric).append('=');
            if (value.isExact()) {
                text.append(value.lo().orElseThrow().toPlainString());
            } else {
                value.lo().ifPresent(lo -> text.append(lo.toPlainString()));
                text.append("..");
                value.hi().ifPresent(hi -> text.append(hi.toPlainString()));
            }
        });
        return text.toString();
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

    private static Optional<BigDecimal> decimal(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
