package dev.reckon.application.service;

import dev.reckon.application.port.out.FileStamp;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** A store that passes everything to another; a view of a store overrides only what it changes. */
public abstract class ForwardingObservationStore implements ObservationStore {

    private final ObservationStore store;

    protected ForwardingObservationStore(ObservationStore store) {
        this.store = Objects.requireNonNull(store, "store is null");
    }

    /** The store everything goes to. */
    protected final ObservationStore store() {
        return store;
    }

    @Override
    public SourceWrite replaceSource(String source) {
        return store.replaceSource(source);
    }

    @Override
    public void removeSource(String source) {
        store.removeSource(source);
    }

    @Override
    public SeriesData find(SeriesKey key) {
        return store.find(key);
    }

    @Override
    public List<SourceRecord> sources() {
        return store.sources();
    }

    @Override
    public Optional<SourceRecord> source(String source) {
        return store.source(source);
    }

    @Override
    public void restamp(String source, FileStamp stamp) {
        store.restamp(source, stamp);
    }

    @Override
    public ObservationPage list(ObservationQuery query) {
        return store.list(query);
    }

    @Override
    public List<Post> posts(PostFilter filter) {
        return store.posts(filter);
    }

    @Override
    public List<PostMetricValue> postValues(PostFilter filter) {
        return store.postValues(filter);
    }

    @Override
    public List<SeriesKey> seriesKeys() {
        return store.seriesKeys();
    }

    @Override
    public Set<String> segmentKeys() {
        return store.segmentKeys();
    }

    @Override
    public Map<String, SortedSet<String>> segmentValues() {
        return store.segmentValues();
    }

    @Override
    public long version() {
        return store.version();
    }

    @Override
    public void close() {
        store.close();
    }
}
