package dev.reckon.application.service;

import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.post.PostSource;
import java.util.List;
import java.util.Objects;

/**
 * A dossier's posts as its store holds them, each once: of a post exported in several files, the
 * later export by the dossier's own order of files ({@link LaterExport}), however the store was built.
 */
public final class DossierPostSource implements PostSource {

    private final ObservationStore store;
    private final LaterExport later;

    public DossierPostSource(Dossier dossier, ObservationStore store) {
        this(store, dossier.data().stream().map(DataEntry::files).flatMap(List::stream).map(DataFile::source).toList());
    }

    /** The posts of {@code store}, a later file of {@code files} (a dossier's data files, in its order) counting. */
    public DossierPostSource(ObservationStore store, List<String> files) {
        this.store = Objects.requireNonNull(store, "store is null");
        this.later = new LaterExport(files);
    }

    @Override
    public List<Post> posts(PostFilter filter) {
        return later.latest(store.posts(filter));
    }

    /**
     * Read from the store's {@link ObservationStore#postValues}, not from whole posts; a store gives
     * a post once per file, so values all from one file need no resolving.
     */
    @Override
    public List<PostMetricValue> values(PostFilter filter) {
        return later.latestValuesOncePerFile(store.postValues(filter));
    }
}
