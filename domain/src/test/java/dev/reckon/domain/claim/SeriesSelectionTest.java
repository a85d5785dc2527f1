package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reckon.domain.claim.SeriesSelection.InvalidSeriesException;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesSelectionTest {

    private static final Period GE2019 = Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), ZoneOffset.UTC);
    private static final ClaimContext CONTEXT = new ClaimContext(MetricCatalogue.builtIn(),
            Map.of(Subject.of("labour"), "Labour"), Map.of("ge2019", GE2019), Set.of("town"));

    @Test
    void resolvesASeriesAsACheckWould() throws InvalidSeriesException {
        assertThat(SeriesSelection.resolve("video_views{labour, facebook, ge2019}", CONTEXT))
                .isEqualTo(SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, GE2019));
        assertThat(SeriesSelection.resolve("reach{labour, facebook, ge2019, town=Stoke}", CONTEXT).segment())
                .isEqualTo(Segment.of("town", "Stoke"));
    }

    @Test
    void errorsSayWhereInTheTextTheUserWrote() {
        ClaimError unclosed = error("video_views{labour, facebook, ge2019");
        assertThat(unclosed.position().orElseThrow().column()).isEqualTo(37);
        assertThat(unclosed.message()).doesNotContain("'>'");
        assertThat(error("video_views{tories, facebook, ge2019}").message()).contains("tories");
        assertThat(error("likes{labour, facebook, ge2019} + likes{labour, twitter, ge2019}").message())
                .isEqualTo("expected one series such as video_views{labour, facebook, ge2019}, not a calculation");
        assertThat(error("likes{labour, facebook, ge2019} > 5").message())
                .isEqualTo("expected one series such as video_views{labour, facebook, ge2019}, not a whole check");
    }

    private static ClaimError error(String text) {
        InvalidSeriesException e = catchThrowableOfType(InvalidSeriesException.class, () -> SeriesSelection.resolve(text, CONTEXT));
        assertThat(e).as("'%s' should not resolve", text).isNotNull();
        return e.error();
    }
}
