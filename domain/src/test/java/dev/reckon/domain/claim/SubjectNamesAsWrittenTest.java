package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.ObservationSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subject's name starts a sentence as the dossier writes it: a brand's own spelling is not "corrected". */
class SubjectNamesAsWrittenTest {

    private static final Subject ROPENSCI = Subject.of("ropensci");
    private static final Subject LABOUR = Subject.of("labour");
    private static final LocalDate DAY = LocalDate.of(2017, 2, 1);
    private static final Period FEB1 = Period.of("feb1", DAY, DAY, Dossier.LONDON);

    private final ClaimChecker checker = new ClaimChecker(new ClaimContext(MetricCatalogue.builtIn(),
            Map.of(ROPENSCI, "rOpenSci", LABOUR, ""), Map.of("feb1", FEB1), Set.of()), observations());

    private static ObservationSet observations() {
        Window day = Window.ofDay(DAY, Dossier.LONDON);
        List<Observation> rows = List.of(
                new Observation(ROPENSCI, Platform.TWITTER, new MetricId("impressions"), day, Segment.TOTAL, Amount.of(Interval.exactly(500)), Provenance.of("x.csv", 2)),
                new Observation(LABOUR, Platform.TWITTER, new MetricId("impressions"), day, Segment.TOTAL, Amount.of(Interval.exactly(400)), Provenance.of("x.csv", 3)));
        return ObservationSet.of(rows, List.<Coverage>of(), MetricCatalogue.builtIn());
    }

    @Test
    void aNameWrittenInLowerCaseStartsTheSentenceUnchanged() {
        ClaimResult result = checker.check(Claim.of("c", "impressions{ropensci, twitter, feb1} > 100"));

        assertThat(result.explanation()).startsWith("rOpenSci's feb1 Twitter impressions were 500;");
    }

    @Test
    void aSentenceStartingWithAnIdentifierIsStillCapitalised() {
        ClaimResult result = checker.check(Claim.of("c", "impressions{labour, twitter, feb1} > 100"));

        assertThat(result.explanation()).startsWith("Labour's feb1 Twitter impressions were 400;");
    }
}
