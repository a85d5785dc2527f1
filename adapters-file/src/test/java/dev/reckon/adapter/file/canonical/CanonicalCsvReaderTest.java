package dev.reckon.adapter.file.canonical;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.JC;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.LABOUR;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.LONDON;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalCsvReaderTest {

    private static final CanonicalCsvReader READER = new CanonicalCsvReader();
    private static final LocalDate DEC_6 = LocalDate.of(2019, 12, 6);

    @Test
    void aProblemQuotesTheStartOfALongCellNotAllOfIt() throws IOException {
        String subject = "x".repeat(1_000_000);
        ImportReport report = READER.read(input("data/obs.csv", "subject,platform,metric,from,to,segment,value\n"
                + subject + ",facebook,likes,2019-12-06,2019-12-06,,1\n"), new RecordingSink());

        assertThat(report.problems()).extracting(RowProblem::reason).singleElement().asString()
                .startsWith("1 row for " + "x".repeat(40) + "..., which this dossier does not name").hasSizeLessThan(200);
    }

    @Test
    void datesOutsideTheTimesTheStoreKeepsRejectTheirRowWithItsLineAndColumn() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("data/obs.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,likes,0001-01-01,2019-12-06,,1
                labour,facebook,likes,2019-12-06,9999-12-31,,2
                labour,facebook,likes,2262-04-11T23:47:16Z,2262-04-11T23:47:17Z,,3
                labour,facebook,likes,1677-09-22,2262-04-10,,4
                """), sink);

        assertThat(report.problems()).extracting(p -> p.line().orElse(0), p -> p.column().orElse(0), RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, 4,
                        "'0001-01-01' is outside the times Reckon keeps, 1677-09-22 to 2262-04-10"),
                org.assertj.core.groups.Tuple.tuple(3L, 5,
                        "'9999-12-31' is outside the times Reckon keeps, 1677-09-22 to 2262-04-10"),
                org.assertj.core.groups.Tuple.tuple(4L, 5,
                        "'2262-04-11T23:47:17Z' is outside the times Reckon keeps, 1677-09-22 to 2262-04-10"));
        assertThat(sink.observations).hasSize(1);
    }

    @Test
    void readsGoodRowsAsObservationsWithProvenance() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("data/obs.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,video_views,2019-12-06,2019-12-06,,1777
                labour,facebook,video_views,2019-12-07,2019-12-07,,1777.0
                labour,facebook,reach,2019-12-06,2019-12-12,town=Stoke,109k
                jc,twitter,likes,2019-12-06T09:00:00Z,2019-12-06T10:00:00Z,,0.25
                labour,web,donations_amount,2019-12-06,2019-12-06,,"£12,189"
                """), sink);

        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsAccepted()).isEqualTo(5);
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.problems()).isEmpty();
        assertThat(report.format()).isEqualTo("canonical-csv");
        assertThat(report.encoding()).isEqualTo("UTF-8");
        assertThat(sink.observations.get(0)).isEqualTo(new Observation(LABOUR, Platform.FACEBOOK, new MetricId("video_views"),
                Window.ofDay(DEC_6, LONDON), Segment.TOTAL, Amount.of(Interval.exactly(1777)),
                new Provenance("data/obs.csv", 2, Optional.empty(), "import-1")));
        assertThat(sink.observations.get(1).value()).isEqualTo(Interval.exactly("1777.0"));
        Observation reach = sink.observations.get(2);
        assertThat(reach.segment()).isEqualTo(Segment.of("town", "Stoke"));
        assertThat(reach.window()).isEqualTo(Window.ofDays(DEC_6, LocalDate.of(2019, 12, 12), LONDON));
        assertThat(reach.value()).isEqualTo(Interval.of("108500", "109500"));
        Observation likes = sink.observations.get(3);
        assertThat(likes.subject()).isEqualTo(JC);
        assertThat(likes.window()).isEqualTo(new Window(Instant.parse("2019-12-06T09:00:00Z"), Instant.parse("2019-12-06T10:00:00Z")));
        assertThat(likes.value()).as("a plain decimal is exact").isEqualTo(Interval.exactly("0.25"));
        Observation money = sink.observations.get(4);
        assertThat(money.value()).isEqualTo(Interval.exactly(12189));
        assertThat(money.currency()).contains(Currency.getInstance("GBP"));
    }

    @Test
    void badRowsAreRejectedWithWhereAndWhyAndTheGoodOnesStillImported() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("data/obs.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,video_views,2019-12-06,2019-12-06,,1777
                labour,facebook,video_views,2019-13-06,2019-12-06,,1
                labour,myspace,video_views,2019-12-06,2019-12-06,,1
                labour,facebook,video_views,2019-12-06,2019-12-06,,lots
                labour,facebook,video_views,2019-12-06,2019-12-06
                tories,facebook,video_views,2019-12-06,2019-12-06,,1
                labour,facebook,video_views,2019-12-08,2019-12-08,,3
                """), sink);

        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(5);
        assertThat(report.problems()).extracting(RowProblem::toString).containsExactly(
                "data/obs.csv:3:4 (from): '2019-13-06' is not a date: there is no such day",
                "data/obs.csv:4:2 (platform): unknown platform 'myspace': expected one of facebook, instagram, twitter, youtube, tiktok, web, all",
                "data/obs.csv:5:7 (value): 'lots' is not a number or a figure such as 1777, 0.25, 109k or £12,189 (at character 1, expected a digit but found 'l')",
                "data/obs.csv:6: expected 7 columns (subject, platform, metric, from, to, segment, value) but found 5",
                "data/obs.csv:7:1 (subject): 1 row for tories, which this dossier does not name (its subjects: jc, labour): skipped");
        assertThat(sink.observations).extracting(o -> o.provenance().line().orElseThrow()).containsExactly(2L, 8L);
    }

    @Test
    void aFileWithMoreThanAHundredBadRowsListsTheFirstHundredAndCountsThemAll() throws IOException {
        StringBuilder csv = new StringBuilder("subject,platform,metric,from,to,segment,value\n")
                .append("labour,facebook,video_views,2019-12-06,2019-12-06,,1777\n");
        for (int i = 0; i < 130; i++) {
            csv.append("labour,facebook,video_views,2019-12-06,2019-12-06,,lots\n");
        }
        RecordingSink sink = new RecordingSink();

        ImportReport report = READER.read(input("data/obs.csv", csv.toString()), sink);

        assertThat(report.rowsRead()).isEqualTo(131);
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(130);
        assertThat(report.problems()).hasSize(ImportReport.MAX_LISTED_PROBLEMS);
        assertThat(report.problems()).extracting(p -> p.line().orElse(0)).startsWith(3L).endsWith(102L);
        assertThat(report.notes()).containsExactly("dates, and times without an offset, are read in Europe/London, the dossier's zone",
                "130 problems found; the first 100 are listed");
        assertThat(sink.observations).hasSize(1);
    }

    @Test
    void oneRowWithSeveralBadCellsShowsEachAndCountsOnce() throws IOException {
        ImportReport report = READER.read(input("o.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,views,2019-12-06,2019-12-05,town,1
                """), new RecordingSink());

        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(report.problems()).extracting(p -> p.line().orElseThrow() + ":" + p.column().orElseThrow() + " " + p.field()).containsExactly(
                "2:3 metric", "2:5 to", "2:6 segment");
        assertThat(report.problems().get(1).reason()).isEqualTo("the window ends (2019-12-05) before it starts (2019-12-06)");
    }

    @Test
    void accountsStandForSubjectsOnTheirPlatform() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.csv", """
                subject,platform,metric,from,to,segment,value
                @JeremyCorbyn,twitter,likes,2019-12-06,2019-12-06,,5
                jeremycorbyn,facebook,likes,2019-12-06,2019-12-06,,5
                """), sink);

        assertThat(sink.observations).extracting(Observation::subject).containsExactly(JC);
        assertThat(report.problems()).extracting(p -> p.line().orElse(0)).containsExactly(3L);
    }

    @Test
    void aFileCoversTheWindowsOfItsRowsPerSeriesMergingConsecutiveDays() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,likes,2019-12-06,2019-12-06,,1
                labour,facebook,likes,2019-12-07,2019-12-07,,1
                labour,facebook,likes,2019-12-09,2019-12-09,,1
                labour,facebook,shares,2019-12-06,2019-12-06,,1
                """), sink);

        SeriesKey likes = new SeriesKey(LABOUR, Platform.FACEBOOK, new MetricId("likes"), Segment.TOTAL);
        SeriesKey shares = new SeriesKey(LABOUR, Platform.FACEBOOK, new MetricId("shares"), Segment.TOTAL);
        assertThat(sink.coverage).containsExactly(
                new Coverage(likes, Window.ofDays(DEC_6, LocalDate.of(2019, 12, 7), LONDON), "o.csv"),
                new Coverage(likes, Window.ofDay(LocalDate.of(2019, 12, 9), LONDON), "o.csv"),
                new Coverage(shares, Window.ofDay(DEC_6, LONDON), "o.csv"));
        assertThat(report.covered()).hasSize(3);
    }

    @Test
    void aDeclaredWindowIsCoveredForEverySeriesInTheFile() throws IOException {
        Window declared = Window.ofDays(LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), LONDON);
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(CanonicalFixtures.input("o.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,likes,2019-12-06,2019-12-06,,1
                labour,facebook,shares,2019-12-07,2019-12-07,,1
                labour,facebook,likes,2019-12-09,2019-12-09,,1
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), CanonicalFixtures.coveringContext(declared)), sink);

        assertThat(sink.coverage).extracting(Coverage::window).containsExactly(declared, declared);
        assertThat(report.covered()).containsExactly(declared);
    }

    @Test
    void columnsMayComeInAnyOrderWithASourceColumnAndCp1252Text() throws IOException {
        byte[] bytes = ("value,subject,platform,metric,from,to,segment,source\n"
                + "3,labour,facebook,reach,2019-12-06,2019-12-06,town=Malmö,page export\n")
                .getBytes(Charset.forName("windows-1252"));
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(CanonicalFixtures.input("o.csv", bytes, CanonicalFixtures.context()), sink);

        assertThat(sink.observations).singleElement().satisfies(o -> {
            assertThat(o.segment()).isEqualTo(Segment.of("town", "Malmö"));
            assertThat(o.value()).isEqualTo(Interval.exactly(3));
        });
        assertThat(report.encoding()).isEqualTo("windows-1252 (not valid UTF-8)");
        assertThat(report.ignoredColumns()).containsExactly("source");
    }

    @Test
    void aForcedReadOfAnotherHeaderIsOneProblemAndNoRows() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("page.csv", "\nDate,Likes\n8/19/2015,100\n"), sink);

        assertThat(report.problems()).extracting(RowProblem::toString).containsExactly("page.csv:2: the header is not "
                + "canonical: the first line names no canonical column (expected subject,platform,metric,from,to,segment,value, "
                + "and optionally source)");
        assertThat(report.rowsRead()).isZero();
        assertThat(sink.observations).isEmpty();
    }

    @Test
    void recognisesTheCanonicalHeaderAndSaysWhyOthersAreNot() {
        assertThat(READER.recognise(header("o.csv", "subject,platform,metric,from,to,segment,value")).matches()).isTrue();
        assertThat(READER.recognise(header("o.csv", "\"subject\",\"platform\",\"metric\",\"from\",\"to\",\"segment\",\"value\",\"source\"")).matches()).isTrue();
        assertThat(READER.recognise(header("o.csv", "Date,Lifetime Total Likes")).reason())
                .isEqualTo("the first line names no canonical column (expected subject,platform,metric,from,to,segment,value, and optionally source)");
        assertThat(READER.recognise(header("o.csv", "subject,platfrom,metric,from,to,segment,value")).reason())
                .as("a typo in a canonical header is quoted").startsWith("'platfrom' is not a canonical column");
        assertThat(READER.recognise(header("o.csv", "subject,platform,metric,value")).reason())
                .isEqualTo("the header lacks 'from', 'to', 'segment'");
        assertThat(READER.recognise(header("o.jsonl", "{\"subject\":\"labour\"}")).matches()).isFalse();
    }

    private static ExportHeader header(String name, String line) {
        return new ExportHeader(name, List.of(line));
    }
}
