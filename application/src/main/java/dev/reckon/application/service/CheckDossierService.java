package dev.reckon.application.service;

import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks every claim of an open dossier over its store: the dossier file's, then those its claim
 * store keeps (added through the HTTP API), so a run of {@code reckon check} and {@code GET /report}
 * check the same claims in the same order.
 */
public final class CheckDossierService implements CheckDossierUseCase {

    private final Dossier dossier;
    private final ObservationStore store;
    private final ClaimStore claims;
    private final StoreClaimChecking checking;
    private final List<ImportReport> imports;
    private final ImportCounts counts;

    /** A check that tells which data files were read, as the session that opened the dossier saw them. */
    public CheckDossierService(Dossier dossier, ObservationStore store, ClaimStore claims, List<ImportReport> imports,
                               ImportCounts counts) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.claims = Objects.requireNonNull(claims, "claims is null");
        this.store = Objects.requireNonNull(store, "store is null");
        this.checking = new StoreClaimChecking(dossier, store);
        this.imports = List.copyOf(imports);
        this.counts = Objects.requireNonNull(counts, "counts is null");
    }

    /** A check that reports no data files, for a server whose report shows only the claims. */
    @Inject
    public CheckDossierService(Dossier dossier, ObservationStore store, ClaimStore claims) {
        this(dossier, store, claims, List.of(), ImportCounts.allRead(0));
    }

    @Override
    public DossierCheck check() {
        List<Claim> all = DossierClaims.of(dossier, claims.list());
        List<ClaimResult> results = checking.check(all);
        return new DossierCheck(dossier.title(), results, imports, counts, dossier.reviewer(), importTimes());
    }

    /** The store's record of each data file tells when the data it holds was imported, in this run or an earlier one. */
    private Map<String, Instant> importTimes() {
        Map<String, Instant> times = new HashMap<>();
        for (ImportReport file : imports) {
            store.source(file.source()).ifPresent(record -> times.put(file.source(), record.importedAt()));
        }
        return times;
    }
}
