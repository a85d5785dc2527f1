package dev.reckon.adapter.rest.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the served dossier's data is in its store yet. The server answers as soon as it listens,
 * while the dossier's files are still being imported: {@code GET /health} tells how far that is, and
 * every route that reads or writes the data waits for it (see {@link RestServer}).
 * Written by the one thread importing, read by every request.
 */
public final class DataReadiness {

    /** What {@code GET /health} answers. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Health(String status, String importing, List<String> problems) {

        public Health {
            Objects.requireNonNull(status, "status is null");
            problems = List.copyOf(problems);
        }

        public boolean ready() {
            return OK.equals(status);
        }

        public boolean failed() {
            return FAILED.equals(status);
        }
    }

    static final String OK = "ok";
    static final String IMPORTING = "importing";
    static final String FAILED = "failed";

    private final AtomicReference<Health> health;

    private DataReadiness(Health initial) {
        this.health = new AtomicReference<>(initial);
    }

    /** Data already in the store: nothing waits. */
    public static DataReadiness ready() {
        return new DataReadiness(new Health(OK, null, List.of()));
    }

    /** Data being imported: routes other than health wait until {@link #imported()} or {@link #failed}. */
    public static DataReadiness importing() {
        return new DataReadiness(new Health(IMPORTING, null, List.of()));
    }

    public Health health() {
        return health.get();
    }

    /** {@code source} is being read now. */
    public void reading(String source) {
        Objects.requireNonNull(source, "source is null");
        health.updateAndGet(now -> now.status().equals(IMPORTING) ? new Health(IMPORTING, source, List.of()) : now);
    }

    public void imported() {
        health.set(new Health(OK, null, List.of()));
    }

    /** The import stopped on {@code problems}, each naming its file; the data cannot be served. */
    public void failed(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed import has at least one problem");
        }
        health.set(new Health(FAILED, null, problems));
    }
}
