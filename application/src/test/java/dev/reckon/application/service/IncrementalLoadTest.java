package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.fixture.InMemoryClaimStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A check imports only the data files that changed since their last import. The files live in
 * memory; every open and every import is counted, so a test can tell which files were read.
 */
class IncrementalLoadTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Subject LABOUR = Subject.of("labour");
    private static final Path DIR = Path.of("dossiers", "ge");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), UTC);
    private static final SeriesKey VIEWS_KEY = new SeriesKey(LABOUR, Platform.FACEBOOK, new MetricId("video_views"), Segment.TOTAL);
    private static final Claim VIEWS_2019 = Claim.of("views-2019", "video_views{labour, facebook, ge2019} > 600");
    private static final Claim VIEWS_2017 = Claim.of("views-2017", "video_views{labour, facebook, ge2017} > 600");

    private final Files files = new Files();
    private final LineImporter importer = new LineImporter();
    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final InMemoryClaimStore claims = new InMemoryClaimStore();

    @Test
    void aSecondCheckOfAnUnchangedDossierImportsNothingAndSaysSo() throws DossierException {
        files.write("data/2019.csv", "ge2019=500");
        files.write("data/2017.csv", "ge2017=900");
        Dossier dossier = dossier(UTC, Map.of(), "data/2019.csv", "data/2017.csv");

        DossierCheck first = check(dossier);
        importer.reads.clear();
        DossierCheck second = check(dossier);

        assertThat(first.counts()).isEqualTo(new ImportCounts(0, 2, 0));
        assertThat(second.counts()).isEqualTo(new ImportCounts(2, 0, 0));
        assertThat(second.counts().describe()).isEqualTo("2 files unchanged, 0 re-imported");
        assertThat(importer.reads).isEmpty();
        assertThat(second.imports()).isEqualTo(first.imports());
        assertThat(verdicts(second)).isEqualTo(verdicts(first)).containsExactly("views-2019 false", "views-2017 true");
    }

    @Test
    void changingOneFileReimportsOnlyItAndChangesTheVerdictsThatDependOnIt() throws DossierException {
        files.write("data/2019.csv", "ge2019=500");
        files.write("data/2017.csv", "ge2017=900");
        check(dossier(UTC, Map.of(), "data/2019.csv", "data/2017.csv"));
        importer.reads.clear();

        files.write("data/2019.csv", "ge2019=7000");
        DossierCheck changed = check(dossier(UTC, Map.of(), "data/2019.csv", "data/2017.csv"));

        assertThat(importer.reads).containsExactly("data/2019.csv");
        assertThat(changed.counts()).isEqualTo(new ImportCounts(1, 1, 0));
        assertThat(changed.counts().describe()).isEqualTo("1 file unchanged, 1 re-imported");
        assertThat(verdicts(changed)).containsExactly("views-2019 true", "views-2017 true");
        assertThat(store.source("data/2019.csv").orElseThrow().size()).isEqualTo("ge2019=7000".length());
    }

    @Test
    void aFileOfAnotherSizeIsOpenedOnlyOnceHashedWhileItIsImported() throws DossierException, IOException {
        files.write("data/2019.csv", "ge2019=500");
        check(dossier(UTC, Map.of(), "data/2019.csv"));
        files.opens.clear();

        files.write("data/2019.csv", "ge2019=50000");
        check(dossier(UTC, Map.of(), "data/2019.csv"));

        assertThat(files.opens).containsExactly("data/2019.csv");
        assertThat(store.source("data/2019.csv").orElseThrow().contentHash())
                .isEqualTo(Fingerprint.of(() -> files.open("data/2019.csv")).sha256());
    }

    @Test
    void aFileOfTheSameSizeWithOtherBytesIsReimported() throws DossierException {
        files.write("data/2019.csv", "ge2019=500");
        check(dossier(UTC, Map.of(), "data/2019.csv"));
        importer.reads.clear();

        files.write("data/2019.csv", "ge2019=700");
        DossierCheck changed = check(dossier(UTC, Map.of(), "data/2019.csv"));

        assertThat(importer.reads).containsExactly("data/2019.csv");
        assertThat(verdicts(changed)).containsExactly("views-2019 true", "views-2017 no-data");
    }

    @Test
    void aDataEntryTakenOutOfTheDossierTakesItsObservationsWithIt() throws DossierException {
        files.write("data/2019.csv", "ge2019=700");
        files.write("data/2017.csv", "ge2017=900");
        check(dossier(UTC, Map.of(), "data/2019.csv", "data/2017.csv"));
        importer.reads.clear();

        DossierCheck without = check(dossier(UTC, Map.of(), "data/2019.csv"));

        assertThat(without.counts()).isEqualTo(new ImportCounts(1, 0, 1));
        assertThat(without.counts().describe()).isEqualTo("1 file unchanged, 0 re-imported, 1 removed");
        assertThat(importer.reads).isEmpty();
        assertThat(store.sources()).extracting(SourceRecord::source).containsExactly("data/2019.csv");
        assertThat(verdicts(without)).containsExactly("views-2019 true", "views-2017 no-data");
    }

    @Test
    void anotherZoneOrSubjectMappingImportsTheFilesAgain() throws DossierException {
        files.write("data/2019.csv", "ge2019=500");
        check(dossier(UTC, Map.of(), "data/2019.csv"));
        importer.reads.clear();

        DossierCheck otherZone = check(dossier(ZoneId.of("Europe/London"), Map.of(), "data/2019.csv"));
        DossierCheck sameAgain = check(dossier(ZoneId.of("Europe/London"), Map.of(), "data/2019.csv"));
        DossierCheck otherAccount = check(dossier(ZoneId.of("Europe/London"),
                Map.of(Platform.FACEBOOK, "labourparty"), "data/2019.csv"));

        assertThat(otherZone.counts()).isEqualTo(new ImportCounts(0, 1, 0));
        assertThat(sameAgain.counts()).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(otherAccount.counts()).isEqualTo(new ImportCounts(0, 1, 0));
        assertThat(importer.reads).containsExactly("data/2019.csv", "data/2019.csv");
    }

    @Test
    void anotherDataEntrySettingImportsTheFileAgain() throws DossierException {
        files.write("data/2019.csv", "ge2019=500");
        Dossier plain = dossier(UTC, Map.of(), "data/2019.csv");
        check(plain);
        importer.reads.clear();

        DataEntry entry = plain.data().get(0);
        DataEntry withPlatform = new DataEntry(entry.path(), entry.files(), entry.subject(),
                Optional.of(Platform.FACEBOOK), entry.covers(), entry.year(), entry.format());
        DossierCheck changed = check(new Dossier(DIR, plain.title(), UTC, plain.subjects(), plain.periods(),
                plain.catalogue(), List.of(withPlatform), plain.claims()));

        assertThat(changed.counts()).isEqualTo(new ImportCounts(0, 1, 0));
        assertThat(importer.reads).containsExactly("data/2019.csv");
    }

    @Test
    void aFileThatCanNoLongerBeReadStopsTheCheckAndKeepsItsPreviousImport() throws DossierException {
        files.write("data/2019.csv", "ge2019=700");
        check(dossier(UTC, Map.of(), "data/2019.csv"));
        SourceRecord before = store.source("data/2019.csv").orElseThrow();

        files.write("data/2019.csv", "ge2019=not a number, so the fake reader fails");
        Dossier broken = dossier(UTC, Map.of(), "data/2019.csv");
        importer.failOn("data/2019.csv");

        assertThatThrownBy(() -> check(broken)).isInstanceOf(DossierException.class)
                .hasMessageContaining("cannot be read");
        assertThat(store.source("data/2019.csv")).contains(before);
        assertThat(store.find(VIEWS_KEY).observations()).extracting(o -> o.value())
                .containsExactly(Interval.exactly(700));
    }

    @Test
    void aDossierWhoseDataCannotBeReadClosesTheStoreItOpenedAndOpensNoClaimStore() {
        files.write("data/2019.csv", "ge2019=500");
        importer.failOn("data/2019.csv");
        Dossier dossier = dossier(UTC, Map.of(), "data/2019.csv");
        ClosingStore opened = new ClosingStore(store);
        List<Path> claimStoresOpened = new ArrayList<>();
        DossierSessions sessions = new DossierSessions(path -> dossier, importer, dir -> opened, dir -> {
            claimStoresOpened.add(dir);
            return claims;
        }, CLOCK);

        assertThatThrownBy(() -> sessions.open(DIR)).isInstanceOf(DossierException.class)
                .hasMessageContaining("the disk failed");
        assertThat(opened.closes).isEqualTo(1);
        assertThat(claimStoresOpened).isEmpty();
    }

    @Test
    void closingASessionClosesBothOfItsStoresTheClaimsEvenWhenTheObservationsFailToClose() throws DossierException {
        files.write("data/2019.csv", "ge2019=500");
        Dossier dossier = dossier(UTC, Map.of(), "data/2019.csv");
        ClosingStore opened = new ClosingStore(store);
        opened.failOnClose = true;
        ClosingClaims kept = new ClosingClaims();
        DossierSession session = new DossierSessions(path -> dossier, importer, dir -> opened, dir -> kept, CLOCK)
                .open(DIR);

        assertThat(session.store()).isSameAs(opened);
        assertThat(session.claims()).isSameAs(kept);
        assertThatThrownBy(session::close).hasMessage("the store could not be closed");
        assertThat(opened.closes).isEqualTo(1);
        assertThat(kept.closes).isEqualTo(1);
    }

    private DossierCheck check(Dossier dossier) throws DossierException {
        try (DossierSession session = new DossierSessions(path -> dossier, importer, dir -> store, dir -> claims, CLOCK)
                .open(DIR)) {
            return session.checks().check();
        }
    }

    private Dossier dossier(ZoneId zone, Map<Platform, String> accounts, String... sources) {
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("ge2019", Period.of("ge2019", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 2), zone));
        periods.put("ge2017", Period.of("ge2017", LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 2), zone));
        List<DataEntry> data = new ArrayList<>();
        for (String source : sources) {
            // As a dossier reader does: the size when the dossier is read, the bytes when the file is opened.
            DataFile file = new DataFile(source, () -> files.open(source), OptionalLong.of(files.size(source)));
            data.add(new DataEntry(source, List.of(file), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        return new Dossier(DIR, "GE review", zone, List.of(new DossierSubject(LABOUR, "Labour", accounts)), periods,
                MetricCatalogue.builtIn(), data, List.of(VIEWS_2019, VIEWS_2017));
    }

    private static List<String> verdicts(DossierCheck check) {
        return check.results().stream().map(r -> r.claim().id() + " " + r.verdict()).toList();
    }

    /** Files in memory; every open is counted. */
    private static final class Files {
        private final Map<String, byte[]> contents = new HashMap<>();
        private final List<String> opens = new ArrayList<>();

        void write(String source, String text) {
            contents.put(source, text.getBytes(StandardCharsets.UTF_8));
        }

        long size(String source) {
            return contents.get(source).length;
        }

        InputStream open(String source) {
            opens.add(source);
            return new ByteArrayInputStream(contents.get(source));
        }
    }

    /**
     * Reads lines {@code period=views} into Labour's Facebook video views over the day the period
     * starts on (in the dossier's zone); every import is counted.
     */
    private static final class LineImporter implements ExportImporter {
        private final List<String> reads = new ArrayList<>();
        private final List<String> failing = new ArrayList<>();

        void failOn(String source) {
            failing.add(source);
        }

        @Override
        public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
            reads.add(input.source());
            String text;
            try (InputStream in = input.open()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long line = 0;
            for (String row : text.split("\n")) {
                if (failing.contains(input.source())) {
                    // As a reader whose disk fails half-way: rows already given, then an I/O error.
                    sink.accept(new Observation(LABOUR, Platform.FACEBOOK, new MetricId("video_views"),
                            Window.ofDay(LocalDate.of(2019, 12, 1), input.context().zone()), Segment.TOTAL,
                            Amount.of(Interval.exactly(1)), Provenance.of(input.source(), 1)));
                    throw new IOException("the disk failed");
                }
                line++;
                String[] parts = row.split("=");
                LocalDate day = parts[0].equals("ge2019") ? LocalDate.of(2019, 12, 1) : LocalDate.of(2017, 6, 1);
                Observation views = new Observation(LABOUR, Platform.FACEBOOK, new MetricId("video_views"),
                        Window.ofDays(day, day.plusDays(1), input.context().zone()), Segment.TOTAL,
                        Amount.of(Interval.exactly(Long.parseLong(parts[1]))), Provenance.of(input.source(), line));
                sink.accept(views);
                sink.cover(new Coverage(views.seriesKey(), views.window(), input.source()));
            }
            return new ImportReport(input.source(), "lines", "UTF-8", line, line, 0, List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }

        @Override
        public List<String> formats() {
            return List.of("lines");
        }
    }

    /** A store that counts how often it is closed, and may fail to close. */
    private static final class ClosingStore extends ForwardingObservationStore {
        private int closes;
        private boolean failOnClose;

        ClosingStore(ObservationStore store) {
            super(store);
        }

        @Override
        public void close() {
            closes++;
            if (failOnClose) {
                throw new IllegalStateException("the store could not be closed");
            }
        }
    }

    /** Claims kept in memory that count how often they are closed. */
    private static final class ClosingClaims implements ClaimStore {
        private final InMemoryClaimStore claims = new InMemoryClaimStore();
        private int closes;

        @Override
        public List<Claim> list() {
            return claims.list();
        }

        @Override
        public Optional<Claim> get(String id) {
            return claims.get(id);
        }

        @Override
        public void put(Claim claim) {
            claims.put(claim);
        }

        @Override
        public boolean delete(String id) {
            return claims.delete(id);
        }

        @Override
        public void close() {
            closes++;
        }
    }
}
