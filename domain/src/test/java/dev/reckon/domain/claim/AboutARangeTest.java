package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code a ~ b within t%} holds or fails for every pair of values of a and b, b the same value on
 * both sides of {@code |a - b| <= t|b|}: a right side known only as a range is no reason to leave
 * open what every pair settles.
 */
class AboutARangeTest {

    private final Dossier dossier = new Dossier()
            .with("reach{jc,twitter,2024-04}", "100")
            .with("reach{jc,twitter,2024-05}", Interval.of("100", "200"))
            .with("reach{jc,twitter,2024-06}", Interval.of("95", "105"))
            .with("reach{jc,twitter,2024-07}", Interval.of("90", "110"))
            .with("reach{jc,twitter,2024-08}", Interval.of("-50", "40"))
            .with("reach{jc,twitter,2024-09}", Interval.of("300", "400"));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        // 100 against any b in [100, 200]: |100 - b| is at most 0.6 b for each (b = 200: 100 <= 120)
        "reach{jc, twitter, 2024-04} ~ reach{jc, twitter, 2024-05} within 60% | true",
        "reach{jc, twitter, 2024-04} ~ reach{jc, twitter, 2024-05} within 40% | undecided",
        // 300 to 400 against 100 to 200: the widest band, 200 +- 50%, ends at 300, which it reaches
        "reach{jc, twitter, 2024-09} ~ reach{jc, twitter, 2024-05} within 50% | undecided",
        "reach{jc, twitter, 2024-09} ~ reach{jc, twitter, 2024-05} within 49% | false",
        "reach{jc, twitter, 2024-06} ~ reach{jc, twitter, 2024-07} within 10% | undecided",
        "reach{jc, twitter, 2024-06} ~ reach{jc, twitter, 2024-07} within 25% | true",
        // b from -50 to 40, through zero, where the band shrinks to nothing: 0 passes only at b = 0
        "reach{jc, twitter, 2024-04} ~ reach{jc, twitter, 2024-08} within 100% | false",
        "100 ~ 100 within 0%                                                     | true",
    })
    void everyPairOfValuesDecides(String check, String verdict) {
        ClaimResult result = dossier.check(check);

        assertThat(result.verdict().id()).as(result.explanation()).isEqualTo(verdict);
    }
}
