package dev.reckon.adapter.file.report;

import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.post.Post;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A post a claim's explanation names (the most seen tweet, its runner-up), as the Markdown and
 * HTML reports list it in the evidence: enough to find it again and see what decided.
 *
 * @param label   {@code twitter 827329959525888000}
 * @param account {@code ro on twitter}
 * @param day     the day of the dossier's zone it was posted on
 * @param preview the first words of its text, where the export gives it
 * @param address its address as the export gives it, where it does
 * @param values  its value of each metric the claim reads that it has, {@code post_impressions 21634}
 */
record NamedPost(String label, String account, LocalDate day, Optional<String> preview, Optional<String> address,
                 List<String> values) {

    /** An http(s) address without spaces, quotes, brackets or angle brackets: linked as it is, never escaped out of. */
    private static final Pattern SAFE_LINK = Pattern.compile("https?://[^\\s<>\"'()\\[\\]`\\\\]+");

    NamedPost {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(account, "account is null");
        Objects.requireNonNull(day, "day is null");
        Objects.requireNonNull(preview, "preview is null");
        Objects.requireNonNull(address, "address is null");
        values = List.copyOf(values);
    }

    /**
     * The posts {@code result} names, in its explanation's order, each on its day of the dossier's
     * zone (that of the periods it reads: a claim that names posts reads its set's whole period).
     */
    static List<NamedPost> of(ClaimResult result) {
        ZoneId zone = result.series().stream().map(series -> series.query().period().zone()).findFirst().orElse(ZoneOffset.UTC);
        List<MetricId> metrics = result.series().stream().map(series -> series.query().metric()).distinct().toList();
        return result.posts().stream().map(post -> of(post, metrics, zone)).toList();
    }

    private static NamedPost of(Post post, List<MetricId> metrics, ZoneId zone) {
        List<String> values = metrics.stream().flatMap(metric -> post.value(metric)
                .map(value -> metric.value() + " " + SeriesText.number(value)).stream()).toList();
        return new NamedPost(post.platform().id() + " " + post.id().id(), post.subject().id() + " on " + post.platform().id(),
                LocalDate.ofInstant(post.created(), zone), post.preview(), post.permalink(), values);
    }

    /**
     * The address to link to: only a plain web address, which a report may put in a link as it is;
     * any other (a {@code javascript:} address from a doctored file) is shown as text, never linked.
     */
    Optional<String> link() {
        return address.filter(link -> SAFE_LINK.matcher(link).matches());
    }
}
