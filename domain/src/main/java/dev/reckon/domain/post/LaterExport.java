package dev.reckon.domain.post;

import dev.reckon.domain.observation.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps one post per {@link PostId}: the one from the later export. "Later" is a property of the
 * files, never of when they were imported: the later export time where both files state one,
 * else the file whose data entry comes later in the dossier (a source it does not list after all it
 * lists), else the later file name. The same
 * files and dossier thus keep the same posts on every store, built at once or file by file.
 */
public final class LaterExport {

    /** Posts by creation time, then by id: the order posts are listed in. */
    public static final Comparator<Post> CREATED = Comparator.comparing(Post::created).thenComparing(Post::id);

    /** Values of posts in the order {@link #CREATED} lists their posts. */
    public static final Comparator<PostMetricValue> VALUES_CREATED = Comparator.comparing(PostMetricValue::created)
            .thenComparing(PostMetricValue::id);

    /**
     * By dossier order, then by file name, then by line. A source the dossier does not list (posts
     * posted through the REST API) comes after every file it lists, as observations' revisions do.
     */
    private final Comparator<Provenance> byFile;

    /** @param files the dossier's data files in the order its data entries give them */
    public LaterExport(List<String> files) {
        Map<String, Integer> order = new HashMap<>();
        for (String file : files) {
            order.putIfAbsent(Objects.requireNonNull(file, "a file is null"), order.size());
        }
        this.byFile = Comparator.comparingInt((Provenance p) -> order.getOrDefault(p.source(), Integer.MAX_VALUE))
                .thenComparing(Provenance::source)
                .thenComparingLong(p -> p.line().orElse(0));
    }

    /** The latest export of each post among {@code posts}, in {@link #CREATED} order. */
    public List<Post> latest(List<Post> posts) {
        return latest(posts, Post::id, Post::provenance, CREATED);
    }

    /** The value from the latest export of each post among {@code values}, in {@link #VALUES_CREATED} order. */
    public List<PostMetricValue> latestValues(List<PostMetricValue> values) {
        return latest(values, PostMetricValue::id, PostMetricValue::provenance, VALUES_CREATED);
    }

    /**
     * {@link #latestValues} of values that give each post at most once per file, as a store's do
     * ({@code ObservationStore.postValues}): when they all come from one file, each is its post's
     * latest, and only their order is left to make.
     */
    public List<PostMetricValue> latestValuesOncePerFile(List<PostMetricValue> values) {
        if (!values.isEmpty()) {
            String file = values.get(0).provenance().source();
            for (PostMetricValue value : values) {
                if (!value.provenance().source().equals(file)) {
                    return latestValues(values);
                }
            }
        }
        List<PostMetricValue> ordered = new ArrayList<>(values);
        ordered.sort(VALUES_CREATED);
        return ordered;
    }

    private <T> List<T> latest(List<T> exports, Function<T, PostId> id, Function<T, Provenance> provenance,
                               Comparator<T> order) {
        Map<PostId, T> kept = new HashMap<>(exports.size() * 4 / 3 + 1);
        for (T export : exports) {
            kept.merge(id.apply(export), export,
                    (current, next) -> isLater(provenance.apply(next), provenance.apply(current)) ? next : current);
        }
        // In the order they came: a store gives them nearly sorted, which the sort then only checks.
        List<T> latest = new ArrayList<>(kept.size());
        for (T export : exports) {
            if (kept.remove(id.apply(export), export)) {
                latest.add(export);
            }
        }
        latest.sort(order);
        return latest;
    }

    /** Whether {@code candidate} was exported after {@code current}; a tie keeps the current one. */
    public boolean isLater(Post candidate, Post current) {
        return isLater(candidate.provenance(), current.provenance());
    }

    private boolean isLater(Provenance candidate, Provenance current) {
        Optional<Instant> candidateTime = candidate.exportedAt();
        Optional<Instant> currentTime = current.exportedAt();
        if (candidateTime.isPresent() && currentTime.isPresent() && !candidateTime.get().equals(currentTime.get())) {
            return candidateTime.get().isAfter(currentTime.get());
        }
        return byFile.compare(candidate, current) > 0;
    }
}
