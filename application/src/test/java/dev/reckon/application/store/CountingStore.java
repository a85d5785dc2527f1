package dev.reckon.application.store;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.domain.observation.SeriesKey;
import java.util.Set;

/** A store that counts the reads reaching it, to show what a cache in front of it saves. */
public final class CountingStore extends ForwardingObservationStore {

    private int finds;
    private int segmentKeyReads;

    public CountingStore(ObservationStore store) {
        super(store);
    }

    public int finds() {
        return finds;
    }

    public int segmentKeyReads() {
        return segmentKeyReads;
    }

    @Override
    public SeriesData find(SeriesKey key) {
        finds++;
        return super.find(key);
    }

    @Override
    public Set<String> segmentKeys() {
        segmentKeyReads++;
        return super.segmentKeys();
    }
}
