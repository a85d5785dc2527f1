package dev.reckon.domain.series;

import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.ObservationKey;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one observation per {@link ObservationKey}: the same data imported twice counts once, and
 * of two different values for one key the later export wins, with a note that keeps both.
 */
final class Deduplication {

    /**
     * A key given two different values: {@code kept} is the later export's observation, and the
     * note names both. The note belongs to the evidence of a series only when {@code kept} lies in
     * its period or is a figure its value rests on, so that a revision of 12 October never shows on
     * a claim about 20 September.
     */
    record Revision(Observation kept, String note) {
    }

    private final List<Observation> kept;
    private final List<Revision> revisions;

    private Deduplication(List<Observation> kept, List<Revision> revisions) {
        this.kept = List.copyOf(kept);
        this.revisions = List.copyOf(revisions);
    }

    static Deduplication of(List<Observation> observations, ZoneId zone) {
        Map<ObservationKey, Observation> winners = new LinkedHashMap<>();
        List<Map.Entry<ObservationKey, String>> notes = new ArrayList<>();
        for (Observation next : observations) {
            Observation current = winners.get(next.key());
            if (current == null) {
                winners.put(next.key(), next);
                continue;
            }
            Observation winner = isLaterExport(next, current) ? next : current;
            Observation loser = winner == next ? current : next;
            if (!sameValue(winner, loser)) {
                notes.add(Map.entry(next.key(), conflict(winner, loser, zone)));
            }
            winners.put(next.key(), winner);
        }
        List<Revision> revisions = notes.stream()
                .map(note -> new Revision(winners.get(note.getKey()), note.getValue())).toList();
        return new Deduplication(new ArrayList<>(winners.values()), revisions);
    }

    List<Observation> kept() {
        return kept;
    }

    List<Revision> revisions() {
        return revisions;
    }

    /** Later export time wins; without both export times, the one listed later wins: the caller lists sources in export order. */
    private static boolean isLaterExport(Observation candidate, Observation current) {
        var candidateTime = candidate.provenance().exportedAt();
        var currentTime = current.provenance().exportedAt();
        if (candidateTime.isPresent() && currentTime.isPresent() && !candidateTime.get().equals(currentTime.get())) {
            return candidateTime.get().isAfter(currentTime.get());
        }
        return true;
    }

    private static boolean sameValue(Observation a, Observation b) {
        return a.value().equals(b.value()) && a.currency().equals(b.currency());
    }

    private static String conflict(Observation winner, Observation loser, ZoneId zone) {
        return EvidenceWording.figureFor(winner.window(), zone) + " was given twice: "
                + EvidenceWording.amount(loser.value()) + " (" + loser.provenance().location() + ") and "
                + EvidenceWording.amount(winner.value()) + " (" + winner.provenance().location()
                + "); the later export, " + EvidenceWording.amount(winner.value()) + ", is used";
    }
}
