package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A no-data verdict tells what would help: the metrics there are, the days the data covers, the rows rejected. */
class NoDataHintsTest {

    private static final Subject ROPENSCI = Subject.of("ropensci");
    private static final Subject LABOUR = Subject.of("labour");
    private static final Period FEB = Period.of("feb", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 28), ZoneOffset.UTC);
    private static final Period GE2019 = Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12),
            ZoneOffset.UTC);
    private static final Dossier DOSSIER = new Dossier(Path.of("d"), "Hints", ZoneOffset.UTC,
            List.of(new DossierSubject(ROPENSCI, "rOpenSci", Map.of()), new DossierSubject(LABOUR, "Labour", Map.of())),
            Map.of("feb", FEB, "ge2019", GE2019), MetricCatalogue.builtIn(), List.of(), List.of());

    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final StoreClaimChecking checking = new StoreClaimChecking(DOSSIER, store);

    @Test
    void aMetricTheSubjectDoesNotHaveNamesTheOnesItHas() {
        tweets("x.csv", "post_impressions", "post_likes");

        ClaimResult result = checking.check(Claim.of("c", "impressions{ropensci, twitter, feb} > 100"));

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).endsWith("no-data. The twitter data of ropensci has post_impressions, "
                + "post_likes, not impressions.");
    }

    @Test
    void aPeriodOutsideTheDataNamesTheDaysItCovers() {
        tweets("x.csv", "post_impressions");

        ClaimResult result = checking.check(Claim.of("c", "post_impressions{ropensci, twitter, ge2019} > 100"));

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).contains("The twitter post_impressions data of ropensci covers "
                + "2017-02-01 to 2017-02-02, outside ge2019 (2019-11-06 to 2019-12-12).");
    }

    @Test
    void dataThatStartsOrEndsInsideADayOfTheDossiersZoneIsGivenWithItsHours() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Dossier inNewYork = new Dossier(Path.of("d"), "Hints", newYork,
                List.of(new DossierSubject(ROPENSCI, "rOpenSci", Map.of())), Map.of(), MetricCatalogue.builtIn(), List.of(),
                List.of());
        tweets("x.csv", "post_impressions");

        ClaimResult result = new StoreClaimChecking(inNewYork, store)
                .check(Claim.of("c", "post_impressions{ropensci, twitter, 2017-04} > 100"));

        // UTC days 1 and 2 February are New York's 31 January 19:00 to 2 February 19:00: "2017-01-31" would call that day covered
        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).contains("The twitter post_impressions data of ropensci covers "
                + "2017-01-31 19:00 to 2017-02-02 19:00 America/New_York, outside 2017-04 (2017-04-01 to 2017-04-30).");
    }

    @Test
    void rowsRejectedForTheSubjectAreCountedWithTheReasonAndOtherFilesAreNot() {
        rejected("data/x.csv", 37, 0, "the twitter account 'rOpenSci' belongs to none of the dossier's subjects "
                + "(labour, ropensci): add it to a subject's accounts, or give the file's dossier entry a subject");
        rejected("data/other.csv", 2, 5, "expected a number but found 'lots'");

        ClaimResult result = checking.check(Claim.of("c", "post_impressions{ropensci, twitter, feb} > 100"));

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).contains("There is no twitter data of ropensci at all.")
                .contains("37 rows of data/x.csv were rejected: the twitter account 'rOpenSci' belongs to none")
                .doesNotContain("other.csv");
    }

    @Test
    void aClaimWithDataIsNotGivenHints() {
        tweets("x.csv", "post_impressions");

        ClaimResult result = checking.check(Claim.of("c", "post_impressions{ropensci, twitter, feb} > 100"));

        assertThat(result.verdict()).isNotEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).doesNotContain("The twitter").doesNotContain("rejected");
    }

    private void tweets(String source, String... metrics) {
        try (SourceWrite write = store.replaceSource(source)) {
            int line = 2;
            for (String metric : metrics) {
                for (int day = 1; day <= 2; day++) {
                    write.accept(new Observation(ROPENSCI, Platform.TWITTER, new MetricId(metric),
                            Window.ofDay(LocalDate.of(2017, 2, day), ZoneOffset.UTC), Segment.TOTAL, Amount.of(Interval.exactly(7)), Provenance.of(source, line++)));
                }
            }
            write.commit(new SourceRecord(source, 1, "ab".repeat(32), "x-tweets", Instant.EPOCH, line - 2, line - 2, 0));
        }
    }

    private void rejected(String source, long rejected, long accepted, String reason) {
        ImportReport report = new ImportReport(source, "x-tweets", "UTF-8", rejected + accepted, accepted, rejected,
                List.of(RowProblem.inFile(source, reason)), List.of(), List.of(), List.of(), List.of());
        try (SourceWrite write = store.replaceSource(source)) {
            write.commit(new SourceRecord(source, 1, "ab".repeat(32), "x-tweets", Instant.EPOCH, rejected + accepted,
                    accepted, rejected, "", Optional.of(report)));
        }
    }
}
