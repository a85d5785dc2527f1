package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.ObservationCursor;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Keeps observations and coverage by source. Each source's contribution is replaced as a whole,
 * so re-importing a file never leaves a mix of its old and new rows.
 */
public interface ObservationStore extends AutoCloseable {

    /**
     * Starts replacing everything {@code source} contributed. Rows go straight into the write as a
     * reader produces them; the source's record, with its row counts, is given at
     * {@link SourceWrite#commit(SourceRecord)}.
     */
    SourceWrite replaceSource(String source);

    /** Removes a source and everything it contributed; does nothing for an unknown source. */
    void removeSource(String source);

    /**
     * The observations and coverage of one series key, from every source: sources in import order
     * (earlier {@code importedAt} first, then by name), each source's rows in the order written.
     * Within one write, a later observation with the same key replaces the earlier one, and equal
     * coverage is kept once ({@code ObservationStoreContract} in the test-jar pins this down). Import
     * order must decide nothing: the application ranks sources itself before aggregating.
     */
    SeriesData find(SeriesKey key);

    /** Every source imported, in name order. */
    List<SourceRecord> sources();

    Optional<SourceRecord> source(String source);

    /**
     * Replaces the file stamp of the record of {@code source}, leaving everything else as it is: a file
     * whose stat changed but whose bytes hash as before (a {@code touch}) is then not hashed again at the
     * next check. Does nothing for an unknown source; a store that keeps no stamps ignores it, and its
     * files are hashed at every check.
     */
    default void restamp(String source, FileStamp stamp) {
    }

    /**
     * One page of the observations that match {@code query}, in {@link ObservationCursor#ORDER},
     * starting after its cursor. Observations with the same key from different sources are each listed.
     */
    ObservationPage list(ObservationQuery query);

    /**
     * The posts that match {@code filter}, every source's: sources in import order, like
     * {@link #find}. A post exported again in another file is there once per file; which of them
     * counts is the dossier's to say ({@code LaterExport}), since the store does not know its order.
     */
    List<Post> posts(PostFilter filter);

    /**
     * The value of {@code filter}'s metric of each post {@link #posts} gives, in no particular
     * order: a post exported in several files is there once per file, as there. A store may read
     * these without building whole posts; by default they are taken from the posts.
     *
     * @throws IllegalArgumentException when {@code filter} names no metric
     */
    default List<PostMetricValue> postValues(PostFilter filter) {
        MetricId metric = filter.requiredMetric();
        return posts(filter).stream().flatMap(post -> PostMetricValue.of(post, metric).stream()).toList();
    }

    /** The key of every series with observations or coverage, in {@link #SERIES_KEY_ORDER}. */
    List<SeriesKey> seriesKeys();

    /** Series keys by subject, platform id, metric, then segment (the total first). */
    Comparator<SeriesKey> SERIES_KEY_ORDER = Comparator.comparing(SeriesKey::subject)
            .thenComparing(key -> key.platform().id()).thenComparing(SeriesKey::metric)
            .thenComparing(SeriesKey::segment);

    /** The segment keys ({@code town}) of the observations held, for checks that name them. */
    Set<String> segmentKeys();

    /**
     * The values of each segment key of the observations held ({@code town} to {@code Leeds},
     * {@code Stoke}), keys and values in order: what a check's {@code by town} ranges over.
     */
    Map<String, SortedSet<String>> segmentValues();

    /**
     * A number that changes whenever a write commits or a source is removed, by this process or
     * another: while it stays the same, what was read from the store is still what it holds.
     */
    long version();

    /** Releases what the store holds open (a file, a connection); a store in memory holds nothing. */
    @Override
    default void close() {
    }
}
