package dev.reckon.adapter.file.report;

import dev.reckon.domain.metric.MetricId;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.application.port.in.DataListing;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.shared.SeriesSummary;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.post.Post;
import dev.reckon.report.DataListingView;
import dev.reckon.report.PostListingView;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes what {@code reckon posts} and {@code reckon data} list: a table to read, or JSON in the
 * shape of {@link PostListingView} and {@link DataListingView}.
 */
public final class DataListingRenderer {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Code points of a post's preview shown in the table: the JSON has the whole preview. */
    private static final int TABLE_PREVIEW = 40;

    private final ObjectWriter json = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT).build().writer();

    public void postsJson(PostListing listing, PrintWriter out) throws IOException {
        json.writeValue(out, PostListingView.of(listing));
        out.println();
    }

    public void seriesJson(DataListing listing, PrintWriter out) throws IOException {
        json.writeValue(out, DataListingView.of(listing));
        out.println();
    }

    /**
     * One line per post: when (in the dossier's zone), whose, its id, a column per metric the posts
     * listed have ({@code sort} first), its type and the first words of its text.
     */
    public void postsTable(PostListing listing, Optional<String> sort, PrintWriter out) {
        TreeSet<MetricId> metrics = new TreeSet<>();
        listing.posts().forEach(post -> metrics.addAll(post.values().keySet()));
        List<MetricId> columns = new ArrayList<>();
        sort.filter(MetricId::isWellFormed).map(MetricId::new).filter(metrics::remove).ifPresent(columns::add);
        columns.addAll(metrics);
        List<String> header = new ArrayList<>(List.of("created (" + listing.zone().getId() + ")", "subject",
                "platform", "post"));
        columns.forEach(metric -> header.add(metric.value()));
        header.addAll(List.of("type", "text"));
        TextTable table = new TextTable(header);
        for (Post post : listing.posts()) {
            List<String> row = new ArrayList<>(List.of(CREATED.format(post.created().atZone(listing.zone())),
                    post.subject().id(), post.platform().id(), post.id().id()));
            columns.forEach(metric -> row.add(post.value(metric).map(DataListingRenderer::value).orElse("-")));
            row.add(post.type().orElse("-"));
            row.add(post.preview().map(DataListingRenderer::shortened).orElse(""));
            table.row(row);
        }
        table.print(out);
        out.println(listing.posts().size() == listing.matching() ? plural(listing.matching(), "post")
                : listing.posts().size() + " of " + plural(listing.matching(), "matching post"));
    }

    /** One line per series: its key, the days it spans and covers, its observations and posts. */
    public void seriesTable(DataListing listing, PrintWriter out) {
        TextTable table = new TextTable(List.of("metric", "subject", "platform", "segment", "first day", "last day",
                "days covered", "observations", "posts"));
        for (SeriesSummary series : listing.series()) {
            table.row(List.of(series.key().metric().value(), series.key().subject().id(), series.key().platform().id(),
                    series.key().segment().isTotal() ? "-" : series.key().segment().toString(),
                    series.first().map(LocalDate::toString).orElse("-"),
                    series.last().map(LocalDate::toString).orElse("-"), Long.toString(series.daysCovered()),
                    Long.toString(series.observations()), Long.toString(series.posts())));
        }
        table.print(out);
        out.println(plural(listing.series().size(), "series") + "; days are days of " + listing.zone().getId());
    }

    private static String value(Interval value) {
        return value.isExact() ? value.loText() : "[" + value.loText() + ", " + value.hiText() + "]";
    }

    private static String shortened(String preview) {
        if (preview.codePointCount(0, preview.length()) <= TABLE_PREVIEW) {
            return preview;
        }
        return preview.substring(0, preview.offsetByCodePoints(0, TABLE_PREVIEW - 1)).stripTrailing() + "\u2026";
    }

    private static String plural(long count, String noun) {
        return count + " " + (count == 1 || noun.endsWith("series") ? noun : noun + "s");
    }
}
