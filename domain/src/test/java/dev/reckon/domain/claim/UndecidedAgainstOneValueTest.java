package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import org.junit.jupiter.api.Test;

/**
 * An undecided comparison with a single value (a figure at face value, an exact series) says how
 * far the range reaches on each side of it: two ranges "overlap by 0" told the reader nothing.
 */
class UndecidedAgainstOneValueTest {

    private final Dossier dossier = new Dossier().with("reach{jc,twitter,2024-W05}", Interval.of("115317", "295501"));

    @Test
    void aRoundedQuotientAgainstAFaceValueSaysHowFarItReachesEachWay() {
        ClaimResult result = dossier.check("2.1k / 1k >= 2");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.explanation()).doesNotContain("overlap by 0")
                .contains("the value may lie up to 0.6333 below 2 or up to 2.3 above it");
    }

    @Test
    void aDistinctCountAgainstAFaceValueSaysHowFarItReachesEachWay() {
        ClaimResult result = dossier.check("reach{jc, twitter, 2024-W05} < 200k");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.explanation()).doesNotContain("overlap by")
                .contains("up to 84,683 below 200,000 or up to 95,501 above it");
    }
}
