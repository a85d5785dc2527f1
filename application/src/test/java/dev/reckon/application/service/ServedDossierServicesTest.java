package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reckon.application.fixture.CountingStore;
import dev.reckon.application.fixture.InMemoryClaimStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.ClaimConflictException;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.in.SeriesTextsException;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The use cases behind the HTTP API, over in-memory stores and a fake importer. */
class ServedDossierServicesTest {

    private static final Period DEC = Period.of("dec", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 1), ZoneOffset.UTC);
    private static final Subject LABOUR = Subject.of("labour");
    private static final Dossier DOSSIER = new Dossier(Path.of("d"), "Served", ZoneOffset.UTC,
            List.of(new DossierSubject(LABOUR, "Labour", Map.of()), new DossierSubject(Subject.of("tories"), "Tories", Map.of())),
            Map.of("dec", DEC), MetricCatalogue.builtIn(), List.of(),
            List.of(Claim.of("from-file", "video_views{labour, facebook, dec} = 100")));

    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final InMemoryClaimStore claimStore = new InMemoryClaimStore();
    private final ServedClaimsService claims = new ServedClaimsService(DOSSIER, store, claimStore);
    private final FakeImporter importer = new FakeImporter();
    private final ImportFileService imports = new ImportFileService(DOSSIER, importer, store,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void storedClaimsComeAfterTheFilesAndTheirIdsMustBeNew() throws Exception {
        claims.create(Claim.of("b", "1 = 1"));
        claims.create(Claim.of("a", "1 = 2"));

        assertThat(claims.list()).extracting(Claim::id).containsExactly("from-file", "a", "b");
        assertThat(catchThrowableOfType(ClaimConflictException.class, () -> claims.create(Claim.of("a", "2 = 2"))))
                .hasMessageContaining("exists already");
        assertThat(catchThrowableOfType(ClaimConflictException.class, () -> claims.create(Claim.of("from-file", "2 = 2"))))
                .hasMessageContaining("dossier.yaml");
        assertThat(claims.get("a")).map(ClaimResult::verdict).contains(Verdict.FALSE);
        assertThat(claims.get("nothing")).isEmpty();
    }

    @Test
    void onlyStoredClaimsCanBeReplacedOrRemoved() throws Exception {
        assertThat(claims.replace(Claim.of("new", "1 = 1"))).isFalse();
        assertThat(claims.replace(Claim.of("new", "1 = 2"))).isTrue();
        assertThat(claims.get("new")).map(ClaimResult::verdict).contains(Verdict.FALSE);

        assertThatThrownBy(() -> claims.replace(Claim.of("from-file", "1 = 1"))).isInstanceOf(ClaimConflictException.class);
        assertThatThrownBy(() -> claims.delete("from-file")).isInstanceOf(ClaimConflictException.class);
        assertThat(claims.delete("new")).isTrue();
        assertThat(claims.delete("new")).isFalse();
    }

    @Test
    void anAllOrNothingImportWithARejectedRowStoresNothing() throws Exception {
        importer.rejected = 1;

        ImportOutcome outcome = imports.importFile(command("api/observations/1", ImportFileCommand.Mode.ALL_OR_NOTHING));

        assertThat(outcome.stored()).isFalse();
        assertThat(outcome.report().problems()).hasSize(1);
        assertThat(store.sources()).isEmpty();
    }

    @Test
    void aCheckOnlyImportReportsButStoresNothing() throws Exception {
        ImportOutcome outcome = imports.importFile(command("api/observations/2", ImportFileCommand.Mode.CHECK_ONLY));

        assertThat(outcome.stored()).isFalse();
        assertThat(outcome.report().rowsAccepted()).isEqualTo(1);
        assertThat(store.sources()).isEmpty();
    }

    @Test
    void anImportStoresWhatWasReadWithItsRecordAndDecidesClaims() throws Exception {
        importer.rejected = 1;

        ImportOutcome outcome = imports.importFile(command("api/imports/views.csv", ImportFileCommand.Mode.ACCEPTED_ROWS));

        assertThat(outcome.stored()).isTrue();
        SourceRecord record = store.source("api/imports/views.csv").orElseThrow();
        assertThat(record.size()).isEqualTo(5);
        assertThat(record.rowsRejected()).isEqualTo(1);
        assertThat(new CheckDossierService(DOSSIER, store, claimStore).check().summary().get(Verdict.TRUE)).isEqualTo(1);
        assertThat(new EvaluateCheckService(DOSSIER, store).evaluate("video_views{labour, facebook, dec} > 99").verdict())
                .isEqualTo(Verdict.TRUE);
    }

    @Test
    void aCheckAskedAgainOverUnchangedDataIsNotWorkedOutAgainAndAnyWriteIsSeenAtOnce() throws Exception {
        CountingStore counting = new CountingStore(store);
        EvaluateCheckService evaluations = new EvaluateCheckService(DOSSIER, counting);
        String check = "video_views{labour, facebook, dec} > 99";

        ClaimResult before = evaluations.evaluate(check);
        assertThat(evaluations.evaluate(check)).isSameAs(before);
        assertThat(evaluations.evaluate("video_views{labour, facebook, dec} < 99").verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(counting.finds()).isEqualTo(1);

        imports.importFile(command("api/imports/views.csv", ImportFileCommand.Mode.ACCEPTED_ROWS));

        assertThat(before.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(evaluations.evaluate(check).verdict()).isEqualTo(Verdict.TRUE);
        assertThat(counting.finds()).isEqualTo(2);
    }

    @Test
    void seriesTextsAreResolvedAllAtOnceThenCompared() throws Exception {
        imports.importFile(command("api/imports/views.csv", ImportFileCommand.Mode.ACCEPTED_ROWS));
        CompareNamedSeriesService compare = new CompareNamedSeriesService(DOSSIER, store,
                new CompareSeriesService(store, DOSSIER.catalogue()));

        assertThat(compare.compare(List.of("video_views{labour, facebook, dec}", "video_views{tories, facebook, dec}")))
                .isInstanceOf(CompareSeriesResult.Pair.class);
        SeriesTextsException bad = catchThrowableOfType(SeriesTextsException.class, () -> compare.compare(
                List.of("video_views{nobody, facebook, dec}", "video_views{labour, facebook, dec}", "1 +")));
        assertThat(bad.problems()).extracting(SeriesTextsException.Problem::index).containsExactly(0, 2);
        assertThatThrownBy(() -> compare.compare(List.of("video_views{labour, facebook, dec}")))
                .isInstanceOf(SeriesTextsException.class).hasMessageContaining("at least two");
    }

    private static ImportFileCommand command(String source, ImportFileCommand.Mode mode) {
        byte[] bytes = "views".getBytes(StandardCharsets.UTF_8);
        return new ImportFileCommand(source, () -> new ByteArrayInputStream(bytes), Optional.empty(), Optional.empty(),
                Optional.empty(), mode);
    }

    /** Reads every file as 100 Labour video views on 1 December, plus {@link #rejected} bad rows. */
    private static final class FakeImporter implements ExportImporter {

        private int rejected;

        @Override
        public ImportReport read(ExportInput input, ObservationSink sink) {
            Observation views = new Observation(LABOUR, Platform.FACEBOOK, new MetricId("video_views"), DEC.window(), Segment.TOTAL,
                    Amount.of(Interval.exactly(100)), Provenance.of(input.source(), 2));
            sink.accept(views);
            sink.cover(new Coverage(views.seriesKey(), views.window(), input.source()));
            List<RowProblem> problems = rejected == 0 ? List.of()
                    : List.of(new RowProblem(input.source(), 3, 2, "platform", "unknown platform 'myspace'"));
            return new ImportReport(input.source(), "fake", "UTF-8", 1 + rejected, 1, rejected, problems, List.of(),
                    List.of(), List.of(), List.of());
        }

        @Override
        public List<String> formats() {
            return List.of("fake");
        }
    }
}
