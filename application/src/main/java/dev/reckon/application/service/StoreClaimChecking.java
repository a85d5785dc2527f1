package dev.reckon.application.service;

import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesSource;
import dev.reckon.domain.series.SeriesValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Checks claims of a served dossier against its store. Each use reads the store's version once: while
 * it stays the same, the context (with the segment keys new data may bring), the value of every
 * series read and the result of every claim checked are those of that version and are kept, so a
 * claim checked again over unchanged data (a report asked for again, the same evaluation) is not
 * worked out again, and checks that read the same series aggregate them once. Any write, by this
 * process or another, moves the version and starts afresh.
 */
final class StoreClaimChecking {

    /** How many series values, and how many claims' results, are kept for one version; past that, they are worked out each time. */
    static final int KEPT_VALUES = 10_000;
    static final int KEPT_RESULTS = 1_000;

    private final Dossier dossier;
    private final ObservationStore store;
    private volatile Snapshot snapshot;

    StoreClaimChecking(Dossier dossier, ObservationStore store) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.store = Objects.requireNonNull(store, "store is null");
    }

    ClaimContext context() {
        return snapshot().context;
    }

    ClaimResult check(Claim claim) {
        Objects.requireNonNull(claim, "claim is null");
        return snapshot().check(claim);
    }

    /** The results of {@code claims}, in their order, all over one version of the store. */
    List<ClaimResult> check(List<Claim> claims) {
        Snapshot current = snapshot();
        return claims.stream().map(current::check).toList();
    }

    private Snapshot snapshot() {
        // The version is read before anything else: what is kept under it is at least as new as it.
        long version = store.version();
        Snapshot current = snapshot;
        if (current == null || current.version != version) {
            // Two threads may both start a new snapshot; the last one kept wins, which only costs work.
            current = new Snapshot(version, new ClaimContext(dossier.catalogue(), dossier.subjectNames(),
                    dossier.periods(), store.segmentKeys(), dossier.zone(), dossier.platforms(),
                    Map.copyOf(store.segmentValues()), accounts(dossier)));
            snapshot = current;
        }
        return current;
    }

    /** The platforms each subject has an account on, which '*' in a check ranges over. */
    private static Map<Subject, Set<Platform>> accounts(Dossier dossier) {
        Map<Subject, Set<Platform>> accounts = new LinkedHashMap<>();
        dossier.directory().accounts().forEach((subject, its) -> accounts.put(subject, its.keySet()));
        return accounts;
    }

    /** What was read and computed at one version of the store. */
    private final class Snapshot implements SeriesSource {

        private final long version;
        private final ClaimContext context;
        private final Map<SeriesQuery, SeriesValue> values = new ConcurrentHashMap<>();
        private final Map<Claim, ClaimResult> results = new ConcurrentHashMap<>();
        private final ClaimChecker checker;
        private final NoDataHints hints = new NoDataHints(store);
        private final StoredSeriesSource series;

        Snapshot(long version, ClaimContext context) {
            this.version = version;
            this.context = context;
            // A set by post and the series that says whether it is complete read the same posts' values: once.
            ObservationStore readOnce = new RecentPostValues(store);
            this.series = new StoredSeriesSource(readOnce, dossier.catalogue(), SourceOrder.of(dossier));
            this.checker = new ClaimChecker(context, this, new DossierPostSource(dossier, readOnce));
        }

        ClaimResult check(Claim claim) {
            return kept(results, claim, KEPT_RESULTS, checker::check);
        }

        @Override
        public SeriesValue valueOf(SeriesQuery query) {
            return kept(values, query, KEPT_VALUES, asked -> series.explainedValueOf(asked, hints));
        }
    }

    /** The value kept for {@code key}, else a new one, kept while the map holds fewer than {@code limit}. */
    private static <K, V> V kept(Map<K, V> kept, K key, int limit, Function<K, V> compute) {
        V value = kept.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (kept.size() < limit) {
                kept.put(key, value);
            }
        }
        return value;
    }
}
