package dev.reckon.application.service;

import dev.reckon.application.port.in.ApiSources;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import java.util.List;
import java.util.Optional;

/**
 * A store as {@link DossierSessions} should see it when the store also holds what clients wrote
 * through the API: only the dossier's file sources are listed, so loading the dossier prunes files it
 * no longer names but never the API's sources. Everything else goes straight to the store.
 */
public final class DossierFilesStore extends ForwardingObservationStore {

    public DossierFilesStore(ObservationStore store) {
        super(store);
    }

    @Override
    public List<SourceRecord> sources() {
        return store().sources().stream().filter(record -> !ApiSources.isApi(record.source())).toList();
    }

    @Override
    public Optional<SourceRecord> source(String source) {
        return ApiSources.isApi(source) ? Optional.empty() : store().source(source);
    }
}
