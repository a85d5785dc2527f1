package dev.reckon.domain.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps one post per {@link PostId}: the one from the later export. "Later" is a property of the
 * files, never of when they were imported: the later export time where both files state one,
 * else the file whose data entry comes later in the dossier, else the later file name. The same
 * files and dossier thus keep the same posts on every store, built at once or file by file.
 */
public final class LaterExport {

    /** Posts by creation time, then by id: the order posts are listed in. */
    public static final Comparator<Post> CREATED = Comparator.comparing(Post::created).thenComparing(Post::id);

    /** By dossier order (files it does not list first), then by file name, then by line. */
    private final Comparator<Post> byFile;

    /** @param files the dossier's data files in the order its data entries give them */
    public LaterExport(List<String> files) {
        Map<String, Integer> order = new HashMap<>();
        for (String file : files) {
            order.putIfAbsent(Objects.requireNonNull(file, "a file is null"), order.size());
        }
        this.byFile = Comparator.comparingInt((Post p) -> order.getOrDefault(p.provenance().source(), -1))
                .thenComparing(p -> p.provenance().source())
                .thenComparingLong(p -> p.provenance().line().orElse(0));
    }

    /** The latest export of each post among {@code posts}, in {@link #CREATED} order. */
    public List<Post> latest(List<Post> posts) {
        Map<PostId, Post> kept = new HashMap<>();
        for (Post post : posts) {
            kept.merge(post.id(), post, (current, next) -> isLater(next, current) ? next : current);
        }
        List<Post> latest = new ArrayList<>(kept.values());
        latest.sort(CREATED);
        return latest;
    }

    /** Whether {@code candidate} was exported after {@code current}; a tie keeps the current one. */
    public boolean isLater(Post candidate, Post current) {
        Optional<Instant> candidateTime = candidate.provenance().exportedAt();
        Optional<Instant> currentTime = current.provenance().exportedAt();
        if (candidateTime.isPresent() && currentTime.isPresent() && !candidateTime.get().equals(currentTime.get())) {
            return candidateTime.get().isAfter(currentTime.get());
        }
        return byFile.compare(candidate, current) > 0;
    }
}
