package dev.reckon.app;

import static dev.reckon.app.CheckDossierCliTest.reckon;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code reckon compare} over the example dossier, with everything real. */
class CompareCliTest {

    private static final String EXAMPLE = RepositoryFiles.resolve("examples/ge2019").toString();

    @Test
    void twoSeriesGiveBothValuesTheirDifferenceRatioPercentChangeAndDirection() {
        CliRun run = reckon("compare", EXAMPLE, "video_views{labour, facebook, ge2019}",
                "video_views{labour, facebook, ge2017}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).startsWith("A  video_views{labour,facebook,ge2019}  31000000 (1 observation");
        assertThat(run.outLines().get(1)).startsWith("B  video_views{labour,facebook,ge2017}  61000000 (1 observation");
        assertThat(run.outLines().subList(2, 6)).containsExactly(
                "difference (A - B):            -30000000",
                "ratio (A / B):                 about 0.5082",
                "percent change ((A - B) / B):  about -49.18%",
                "direction:                     down");
        assertThat(run.err()).contains("data/illustrative.csv as canonical-csv");
    }

    @Test
    void moreSeriesAreRankedAndOneWithoutDataIsListedApart() {
        CliRun run = reckon("compare", EXAMPLE, "followers{labour, twitter, polling-day}",
                "followers{jc, twitter, polling-day}", "page_likes{jc, facebook, polling-day}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).startsWith("1      followers{jc,twitter,polling-day}      [2150000, 2250000]");
        assertThat(run.outLines().get(1)).startsWith("2      followers{labour,twitter,polling-day}  825000");
        assertThat(run.outLines().get(2)).startsWith("not ranked  page_likes{jc,facebook,polling-day}  no value");
    }

    @Test
    void aSeriesTheDossierCannotResolveIsExitTwoNamingIt() {
        CliRun run = reckon("compare", EXAMPLE, "video_views{labour, facebook, ge2019}",
                "video_vues{labour, facebook, ge2017}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("series 2:1:1: unknown metric 'video_vues': did you mean 'video_views'?")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
