package dev.reckon.application.service;

import dev.reckon.application.port.in.ApiSources;
import dev.reckon.application.port.out.ObservationPage;
import dev.reckon.application.port.out.ObservationQuery;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.observation.SeriesKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A store as the {@link DossierLoader} should see it when the store also holds what clients wrote
 * through the API: only the dossier's file sources are listed, so loading the dossier prunes files it
 * no longer names but never the API's sources. Everything else goes straight to the store.
 */
public final class DossierFilesStore implements ObservationStore {

    private final ObservationStore store;

    public DossierFilesStore(ObservationStore store) {
        this.store = Objects.requireNonNull(store, "store is null");
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
        return store.sources().stream().filter(record -> !ApiSources.isApi(record.source())).toList();
    }

    @Override
    public Optional<SourceRecord> source(String source) {
        return ApiSources.isApi(source) ? Optional.empty() : store.source(source);
    }

    @Override
    public ObservationPage list(ObservationQuery query) {
        return store.list(query);
    }

    @Override
    public Set<String> segmentKeys() {
        return store.segmentKeys();
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
