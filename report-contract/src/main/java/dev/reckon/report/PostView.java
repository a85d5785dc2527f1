package dev.reckon.report;

import dev.reckon.domain.post.Post;
import dev.reckon.report.ClaimReportView.BoundsView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One post as {@code reckon posts --format json} and {@code GET /api/v1/posts} give it: field
 * names and meanings only ever grow. Absent parts ({@code type}, {@code permalink},
 * {@code preview}) are null.
 *
 * @param created when it was posted, in the dossier's zone (ISO 8601 with offset)
 * @param values  its lifetime value per metric, as bounds
 */
public record PostView(String platform, String id, String subject, String created, String type, String permalink,
                       String preview, Map<String, BoundsView> values, String source, long line) {

    public PostView {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static PostView of(Post post, ZoneId zone) {
        Map<String, BoundsView> values = new LinkedHashMap<>();
        post.values().forEach((metric, value) -> values.put(metric.value(), BoundsView.of(value)));
        return new PostView(post.platform().id(), post.id().id(), post.subject().id(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(post.created().atZone(zone)), post.type().orElse(null),
                post.permalink().orElse(null), post.preview().orElse(null), values, post.provenance().source(),
                post.provenance().line().orElse(0));
    }
}
