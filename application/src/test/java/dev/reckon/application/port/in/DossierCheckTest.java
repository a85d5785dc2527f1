package dev.reckon.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DossierCheckTest {

    @Test
    void summaryCountsEveryVerdictInEnumOrderWithZeros() {
        DossierCheck check = new DossierCheck("t", List.of(result("a", Verdict.FALSE), result("b", Verdict.TRUE),
                result("c", Verdict.FALSE)), List.of());

        assertThat(check.summary()).containsExactly(
                java.util.Map.entry(Verdict.TRUE, 1L), java.util.Map.entry(Verdict.FALSE, 2L),
                java.util.Map.entry(Verdict.UNDECIDED, 0L), java.util.Map.entry(Verdict.NO_DATA, 0L),
                java.util.Map.entry(Verdict.INVALID, 0L));
    }

    @Test
    void problemPrintsFileLineAndColumnOnlyWhenKnown() {
        assertThat(new DossierProblem("x/dossier.yaml", 12, 5, "unknown key 'claimz'"))
                .hasToString("x/dossier.yaml:12:5: unknown key 'claimz'");
        assertThat(DossierProblem.atLine("x/dossier.yaml", 12, "bad")).hasToString("x/dossier.yaml:12: bad");
        assertThat(DossierProblem.inFile("x/data/a.csv", "no such file")).hasToString("x/data/a.csv: no such file");
    }

    @Test
    void exceptionCarriesEveryProblemAndNeedsOne() {
        DossierException e = new DossierException(List.of(new DossierProblem("d.yaml", 1, 1, "a"),
                new DossierProblem("d.yaml", 2, 1, "b")));

        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).contains("d.yaml:1:1: a").contains("d.yaml:2:1: b");
        assertThatThrownBy(() -> new DossierException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static ClaimResult result(String id, Verdict verdict) {
        return new ClaimResult(Claim.of(id, "1 < 2"), verdict, "", "", List.of(), Optional.empty(), Optional.empty());
    }
}
