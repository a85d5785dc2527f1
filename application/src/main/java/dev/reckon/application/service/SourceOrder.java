package dev.reckon.application.service;

import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.post.LaterExport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which source is the later export when no export time tells, decided by the files and the dossier,
 * never by when a store imported them: a dossier's data files rank in the order its {@code data:}
 * entries list them (within one entry, its files' order), and any other source (one posted through
 * the REST API, or no dossier at all) ranks after them, by name. So the same files and dossier give
 * the same verdicts whether the store was filled from scratch or file by file over many runs.
 */
public final class SourceOrder {

    private static final SourceOrder BY_NAME = new SourceOrder(Map.of());

    private final Map<String, Integer> ranks;
    private final Comparator<Observation> observations;

    private SourceOrder(Map<String, Integer> ranks) {
        this.ranks = Map.copyOf(ranks);
        this.observations = Comparator.<Observation>comparingInt(o -> rank(o.provenance().source()))
                .thenComparing(o -> o.provenance().source());
    }

    /** Sources in name order: for observations no dossier lists. */
    public static SourceOrder byName() {
        return BY_NAME;
    }

    /** The dossier's data files first, in the order it lists them, then any other source by name. */
    public static SourceOrder of(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier is null");
        return listing(dossier.data().stream().map(DataEntry::files).flatMap(List::stream).map(DataFile::source).toList());
    }

    /** {@code sources} first, the earliest export first, then any other source by name. */
    public static SourceOrder listing(List<String> sources) {
        Map<String, Integer> ranks = new HashMap<>();
        sources.forEach(source -> ranks.putIfAbsent(source, ranks.size()));
        return new SourceOrder(ranks);
    }

    /**
     * {@code observations} with each source's rows kept together and in their order, the sources
     * from the earliest export to the latest; the domain keeps the one listed later of two rows
     * that give one observation.
     */
    public List<Observation> sorted(List<Observation> observations) {
        Objects.requireNonNull(observations, "observations is null");
        if (isSorted(observations)) {
            return observations;
        }
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(this.observations);
        return sorted;
    }

    private boolean isSorted(List<Observation> list) {
        for (int i = 1; i < list.size(); i++) {
            if (observations.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same order for posts: of two exports of one post, the later one counts. The dossier's files
     * rank as here and other sources after them, by name.
     */
    public LaterExport laterExport() {
        List<String> listed = new ArrayList<>(ranks.keySet());
        listed.sort(Comparator.comparingInt(ranks::get));
        return new LaterExport(listed);
    }

    private int rank(String source) {
        // Sources the dossier does not list come after all it does.
        return ranks.getOrDefault(source, Integer.MAX_VALUE);
    }
}
