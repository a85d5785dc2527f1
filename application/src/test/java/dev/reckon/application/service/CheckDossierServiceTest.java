package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reckon.application.fixture.InMemoryClaimStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.OpenDossier;
import dev.reckon.application.port.in.SeriesTextsException;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.Verdict;
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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckDossierServiceTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Subject LABOUR = Subject.of("labour");
    private static final Period GE2019 = Period.of("ge2019", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 2), UTC);
    private static final Period GE2017 = Period.of("ge2017", LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 2), UTC);
    private static final Path DIR = Path.of("dossiers", "ge");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), UTC);

    private final FakeImporter importer = new FakeImporter();
    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final InMemoryClaimStore claims = new InMemoryClaimStore();

    @Test
    void importsEveryFileAndChecksEveryClaim() throws DossierException {
        importer.give("data/2019.csv", views(GE2019, 500), views(GE2017, 1000));
        Dossier dossier = dossier(List.of(entry("data/2019.csv")),
                Claim.of("half", "video_views{labour, facebook, ge2019} / video_views{labour, facebook, ge2017} ~ 0.5 within 10%"),
                Claim.of("fell", "video_views{labour, facebook, ge2019} > video_views{labour, facebook, ge2017}"),
                Claim.of("arithmetic", "436,000 / 865,000 = 50.4%"),
                Claim.of("missing", "likes{labour, facebook, ge2019} > 5"),
                Claim.of("broken", "video_views{labour, facebook"));

        DossierCheck check = check(sessions(dossier));

        assertThat(check.title()).isEqualTo("GE review");
        assertThat(check.results()).extracting(r -> r.claim().id() + " " + r.verdict()).containsExactly(
                "half true", "fell false", "arithmetic true", "missing no-data", "broken invalid");
        assertThat(check.summary()).containsEntry(Verdict.TRUE, 2L).containsEntry(Verdict.UNDECIDED, 0L);
        assertThat(check.imports()).extracting(ImportReport::source).containsExactly("data/2019.csv");
    }

    @Test
    void claimsKeptBesideTheDossierAreCheckedAfterItsOwnByIdAndNeverReplaceOne() throws DossierException {
        importer.give("data/2019.csv", views(GE2019, 500));
        Dossier dossier = dossier(List.of(entry("data/2019.csv")),
                Claim.of("zeta", "video_views{labour, facebook, ge2019} = 500"));
        InMemoryClaimStore kept = new InMemoryClaimStore();
        kept.put(Claim.of("posted-b", "video_views{labour, facebook, ge2019} > 600"));
        kept.put(Claim.of("zeta", "1 = 2"));
        kept.put(Claim.of("posted-a", "video_views{labour, facebook, ge2019} >= 500"));
        DossierSessions sessions = new DossierSessions(path -> dossier, importer, dir -> store,
                dir -> dir.equals(DIR) ? kept : new InMemoryClaimStore(), CLOCK);

        DossierCheck check = check(sessions);

        assertThat(check.results()).extracting(r -> r.claim().id()).containsExactly("zeta", "posted-a", "posted-b");
        assertThat(check.results()).extracting(r -> r.verdict()).containsExactly(Verdict.TRUE, Verdict.TRUE, Verdict.FALSE);
    }

    @Test
    void eachSourceIsStoredWithItsSizeHashAndCounts() throws DossierException {
        importer.give("data/2019.csv", views(GE2019, 500));

        check(sessions(dossier(List.of(entry("data/2019.csv")))));

        SourceRecord record = store.source("data/2019.csv").orElseThrow();
        assertThat(record.size()).isEqualTo(importer.bytes("data/2019.csv").length);
        assertThat(record.contentHash()).isEqualTo(sha256(importer.bytes("data/2019.csv")));
        assertThat(record.format()).isEqualTo("fake");
        assertThat(record.importedAt()).isEqualTo(CLOCK.instant());
        assertThat(record.rowsAccepted()).isEqualTo(1);
    }

    @Test
    void theCheckTellsWhenEachDataFileWasImported() throws DossierException {
        importer.give("data/2019.csv", views(GE2019, 500));

        DossierCheck check = check(sessions(dossier(List.of(entry("data/2019.csv")))));

        assertThat(check.importedAt()).containsExactly(Map.entry("data/2019.csv", CLOCK.instant()));
    }

    @Test
    void filesNoReaderRecognisesAreAllReportedAndStopTheDossier() {
        importer.give("data/ok.csv", views(GE2019, 1));
        Dossier dossier = dossier(List.of(entry("data/a.xls"), entry("data/ok.csv"), entry("data/b.pdf")));

        DossierException e = catchThrowableOfType(DossierException.class,
                () -> check(sessions(dossier)));

        assertThat(e.problems()).extracting(DossierProblem::toString).containsExactly(
                DIR.resolve("data/a.xls") + ": no known format fits this file (fake: not one of mine)",
                DIR.resolve("data/b.pdf") + ": no known format fits this file (fake: not one of mine)");
    }

    @Test
    void aStoreKeptBetweenRunsHoldsOnlyTheFilesTheDossierNames() throws DossierException {
        importer.give("data/old.csv", views(GE2019, 7));
        importer.give("data/new.csv", views(GE2017, 9));
        check(sessions(dossier(List.of(entry("data/old.csv")))));

        check(sessions(dossier(List.of(entry("data/new.csv")))));

        assertThat(store.sources()).extracting(SourceRecord::source).containsExactly("data/new.csv");
    }

    @Test
    void comparesSeriesWrittenAsInACheck() throws DossierException, SeriesTextsException {
        importer.give("data/2019.csv", views(GE2019, 500), views(GE2017, 1000));
        DossierSessions sessions = sessions(dossier(List.of(entry("data/2019.csv"))));

        CompareSeriesResult comparison = compare(sessions,
                List.of("video_views{labour, facebook, ge2019}", "video_views{labour, facebook, ge2017}"));

        assertThat(comparison.values()).extracting(v -> v.value()).containsExactly(Interval.exactly(500), Interval.exactly(1000));
        assertThat(comparison).isInstanceOfSatisfying(CompareSeriesResult.Pair.class,
                pair -> assertThat(pair.comparison().ratio()).isEqualTo(Interval.exactly("0.5")));
    }

    @Test
    void threeSeriesAreRankedAndOneIsNotAComparison() throws DossierException, SeriesTextsException {
        importer.give("data/2019.csv", views(GE2019, 500), views(GE2017, 1000));
        DossierSessions sessions = sessions(dossier(List.of(entry("data/2019.csv"))));

        CompareSeriesResult ranked = compare(sessions, List.of(
                "video_views{labour, facebook, ge2019}", "video_views{labour, facebook, ge2017}",
                "video_views{labour, twitter, ge2017}"));

        assertThat(ranked).isInstanceOfSatisfying(CompareSeriesResult.Ranked.class,
                r -> assertThat(r.ranking().entries().get(0).value().value()).isEqualTo(Interval.exactly(1000)));
        SeriesTextsException one = catchThrowableOfType(SeriesTextsException.class, () -> compare(sessions,
                List.of("video_views{labour, facebook, ge2019}")));
        assertThat(one.problems()).extracting(p -> p.error().message())
                .containsExactly("a comparison needs at least two series, but 1 was given");
    }

    @Test
    void seriesThatCannotBeResolvedAreAllReported() {
        DossierSessions sessions = sessions(dossier(List.of()));

        SeriesTextsException e = catchThrowableOfType(SeriesTextsException.class, () -> compare(sessions,
                List.of("video_views{labour, facebook, ge2019}", "video_views{tories, facebook, ge2019}", "likes{labour")));

        assertThat(e.problems()).extracting(SeriesTextsException.Problem::index).containsExactly(1, 2);
        assertThat(e.problems().get(0).error().message()).contains("tories");
    }

    @Test
    void setsRangeOverTheSegmentValuesTheStoreHoldsAndInlinePeriodsAreDaysOfTheDossiersZone() throws DossierException {
        importer.give("data/towns.csv", townViews("Stoke", 700), townViews("Leeds", 500));
        Dossier dossier = dossier(List.of(entry("data/towns.csv")),
                Claim.of("stoke", "argmax(video_views{labour, facebook, ge2019} by town) = Stoke"),
                Claim.of("total", "sum(video_views{labour, facebook, 2019-12-01..2019-12-02} by town) = 1,200"),
                Claim.of("leeds", "argmin(video_views{labour, facebook, 2019-12-01..2019-12-02} by town) = Leeds"),
                Claim.of("nowhere", "argmax(video_views{labour, facebook, ge2019} by town) = Hull"));

        DossierCheck check = check(sessions(dossier));

        assertThat(check.results()).extracting(r -> r.claim().id() + " " + r.verdict()).containsExactly(
                "stoke true", "total true", "leeds true", "nowhere invalid");
        assertThat(check.results().get(3).explanation()).contains("'Hull' is not one of the town values of the set: they are Leeds, Stoke");
    }

    private static Observation townViews(String town, long value) {
        return new Observation(LABOUR, Platform.FACEBOOK, new MetricId("video_views"), GE2019.window(), Segment.of("town", town),
                Amount.of(Interval.exactly(value)), Provenance.of("x", 1));
    }

    /** Opens the dossier as a command does and checks it. */
    private static DossierCheck check(DossierSessions sessions) throws DossierException {
        try (OpenDossier opened = sessions.open(DIR, DataReach.INSIDE_DOSSIER)) {
            return opened.checks().check();
        }
    }

    /** Opens the dossier as a command does and compares {@code series} over it. */
    private static CompareSeriesResult compare(DossierSessions sessions, List<String> series)
            throws DossierException, SeriesTextsException {
        try (OpenDossier opened = sessions.open(DIR, DataReach.INSIDE_DOSSIER)) {
            return opened.comparisons().compare(series);
        }
    }

    private DossierSessions sessions(Dossier dossier) {
        return new DossierSessions(path -> dossier, importer, dir -> store, dir -> claims, CLOCK);
    }

    private static Dossier dossier(List<DataEntry> data, Claim... claims) {
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("ge2019", GE2019);
        periods.put("ge2017", GE2017);
        return new Dossier(DIR, "GE review", UTC, List.of(new DossierSubject(LABOUR, "Labour", Map.of())), periods,
                MetricCatalogue.builtIn(), data, List.of(claims));
    }

    private DataEntry entry(String source) {
        byte[] bytes = ("contents of " + source).getBytes(StandardCharsets.UTF_8);
        importer.bytes.put(source, bytes);
        return new DataEntry(source, List.of(new DataFile(source, () -> new ByteArrayInputStream(bytes))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Observation views(Period period, long value) {
        return new Observation(LABOUR, Platform.FACEBOOK, new MetricId("video_views"), period.window(), Segment.TOTAL,
                Amount.of(Interval.exactly(value)), Provenance.of("x", 1));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives each known file its observations, covering each one's window; any other file is not recognised. */
    private static final class FakeImporter implements ExportImporter {
        private final Map<String, List<Observation>> files = new LinkedHashMap<>();
        private final Map<String, byte[]> bytes = new LinkedHashMap<>();

        void give(String source, Observation... observations) {
            files.put(source, List.of(observations));
        }

        byte[] bytes(String source) {
            return bytes.get(source);
        }

        @Override
        public ImportReport read(ExportInput input, ObservationSink sink) throws UnrecognisedExportException {
            List<Observation> observations = files.get(input.source());
            if (observations == null) {
                throw new UnrecognisedExportException(input.source(), "no known format fits this file (fake: not one of mine)");
            }
            List<Window> covered = new ArrayList<>();
            for (Observation observation : observations) {
                sink.accept(observation);
                sink.cover(new Coverage(observation.seriesKey(), observation.window(), input.source()));
                covered.add(observation.window());
            }
            return new ImportReport(input.source(), "fake", "UTF-8", observations.size(), observations.size(), 0,
                    List.of(), List.of(), List.of(), covered, List.of());
        }

        @Override
        public List<String> formats() {
            return List.of("fake");
        }
    }
}
