package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of checking a dossier.
 *
 * @param title   the dossier's title
 * @param results one result per claim, in the dossier's order
 * @param imports one report per data file, in the dossier's order: of this run's import for a file
 *                read now, the stored one for a file unchanged since its last import
 * @param counts   how many data files were unchanged, re-imported and removed
 * @param reviewer who reviews the dossier's claims, for the reviews a fact-checker publishes
 * @param importedAt when each data file's stored data was imported, by {@link ImportReport#source()}:
 *                 now for a file read in this run, earlier for one unchanged since; a file the store
 *                 does not know is absent
 */
public record DossierCheck(String title, List<ClaimResult> results, List<ImportReport> imports, ImportCounts counts,
                           Reviewer reviewer, Map<String, Instant> importedAt) {

    public DossierCheck {
        Objects.requireNonNull(title, "title is null");
        results = List.copyOf(results);
        imports = List.copyOf(imports);
        Objects.requireNonNull(counts, "counts is null");
        Objects.requireNonNull(reviewer, "reviewer is null");
        importedAt = Map.copyOf(importedAt);
    }

    /** A check whose files' import times are not known (built without a store). */
    public DossierCheck(String title, List<ClaimResult> results, List<ImportReport> imports, ImportCounts counts,
                        Reviewer reviewer) {
        this(title, results, imports, counts, reviewer, Map.of());
    }

    /** A check of a dossier that names no reviewer. */
    public DossierCheck(String title, List<ClaimResult> results, List<ImportReport> imports, ImportCounts counts) {
        this(title, results, imports, counts, Reviewer.NONE);
    }

    /** A check for which every data file was read now. */
    public DossierCheck(String title, List<ClaimResult> results, List<ImportReport> imports) {
        this(title, results, imports, ImportCounts.allRead(imports.size()));
    }

    /** How many claims got each verdict: every verdict present (0 when none), in the enum's order. */
    public Map<Verdict, Long> summary() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        for (ClaimResult result : results) {
            counts.merge(result.verdict(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
