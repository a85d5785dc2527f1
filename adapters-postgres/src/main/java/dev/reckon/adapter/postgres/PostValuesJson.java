package dev.reckon.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A post's values as one JSON array kept in a {@code JSONB} column: {@code [["post_reach", "40", "40"],
 * ["post_impressions", "120", null]]}, each value's ends as exact decimal texts, null where unbounded.
 * Texts rather than JSON numbers keep every digit: tools that read JSONB numbers as doubles would not.
 */
final class PostValuesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PostValuesJson() {
    }

    static String write(Map<MetricId, Interval> values) {
        ArrayNode json = MAPPER.createArrayNode();
        values.forEach((metric, value) -> json.addArray().add(metric.value())
                .add(value.lo().map(BigDecimal::toPlainString).orElse(null))
                .add(value.hi().map(BigDecimal::toPlainString).orElse(null)));
        return json.toString();
    }

    static Map<MetricId, Interval> read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a post's stored values are not JSON: " + e.getOriginalMessage(), e);
        }
        Map<MetricId, Interval> values = new LinkedHashMap<>();
        for (JsonNode value : json) {
            values.put(new MetricId(value.get(0).asText()), Interval.between(decimal(value.get(1)), decimal(value.get(2))));
        }
        return values;
    }

    private static Optional<BigDecimal> decimal(JsonNode end) {
        return end == null || end.isNull() ? Optional.empty() : Optional.of(new BigDecimal(end.asText()));
    }
}
