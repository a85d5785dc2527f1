package dev.reckon.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationPage;
import dev.reckon.application.port.out.ObservationQuery;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.RowProblem;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObservationStore} must do. An implementation's test extends this class and
 * says how to make an empty store; the store is closed after each test.
 *
 * <p>Rules pinned here beyond the port's Javadoc: within one write a later observation with the
 * same key replaces the earlier one, and equal coverage windows are kept once; {@code find}
 * reports sources in import order (earlier {@code importedAt} first, then by source name), each
 * source's rows in the order they were written; using a write after it was committed or closed is
 * a programming error ({@link IllegalStateException}).
 */
public abstract class ObservationStoreContract {

    protected static final SeriesKey LABOUR_VIEWS =
            new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, "video_views", Segment.TOTAL);
    protected static final SeriesKey LABOUR_VIEWS_STOKE =
            new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, "video_views", Segment.of("town", "Stoke"));
    protected static final SeriesKey TORY_VIEWS =
            new SeriesKey(Subject.of("conservatives"), Platform.FACEBOOK, "video_views", Segment.TOTAL);
    protected static final SeriesKey LABOUR_DONATIONS =
            new SeriesKey(Subject.of("labour"), Platform.WEB, "donations_amount", Segment.TOTAL);

    private static final Instant EARLY = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATE = Instant.parse("2026-01-02T10:00:00Z");

    private ObservationStore store;

    /** An empty store, new for every test. */
    protected abstract ObservationStore newStore() throws Exception;

    @BeforeEach
    void createStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    protected ObservationStore store() {
        return store;
    }

    @Test
    void anEmptyStoreHasNoSourcesAndNoData() {
        assertThat(store.sources()).isEmpty();
        assertThat(store.source("a.csv")).isEmpty();
        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(), List.of()));
    }

    @Test
    void aCommittedWriteIsFoundByItsSeriesKey() {
        Observation first = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        Observation second = views(LABOUR_VIEWS, day(2), 200, "a.csv", 3);
        Coverage month = coverage(LABOUR_VIEWS, "a.csv");

        write(record("a.csv", EARLY), List.of(first, second), List.of(month));

        SeriesData found = store.find(LABOUR_VIEWS);
        assertThat(found.observations()).containsExactly(first, second);
        assertThat(found.coverage()).containsExactly(month);
    }

    @Test
    void findReturnsOnlyTheAskedSeriesAndTellsASegmentFromTheTotal() {
        Observation total = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        Observation stoke = views(LABOUR_VIEWS_STOKE, day(1), 7, "a.csv", 3);
        Observation tory = views(TORY_VIEWS, day(1), 50, "a.csv", 4);
        Coverage stokeCoverage = coverage(LABOUR_VIEWS_STOKE, "a.csv");

        write(record("a.csv", EARLY), List.of(total, stoke, tory), List.of(stokeCoverage));

        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(total), List.of()));
        assertThat(store.find(LABOUR_VIEWS_STOKE)).isEqualTo(new SeriesData(List.of(stoke), List.of(stokeCoverage)));
        assertThat(store.find(TORY_VIEWS).observations()).containsExactly(tory);
        assertThat(store.find(LABOUR_DONATIONS).observations()).isEmpty();
    }

    @Test
    void everyFieldOfAnObservationSurvivesTheRoundTrip() {
        Observation donation = new Observation(Subject.of("labour"), Platform.WEB, "donations_amount",
                new Window(Instant.parse("2019-11-06T00:00:00Z"), Instant.parse("2019-11-06T13:30:00Z")),
                Segment.TOTAL, Interval.of("22.735", "22.745"), Optional.of(Currency.getInstance("GBP")),
                new Provenance("donations.csv", 12, Optional.of(Instant.parse("2019-12-13T09:15:30Z")), "import-7"));
        Observation sample = new Observation(Subject.of("labour"), Platform.WEB, "donations_amount",
                Window.at(Instant.parse("2019-11-07T12:00:00Z")), Segment.TOTAL,
                Interval.between(Optional.of(java.math.BigDecimal.TEN), Optional.empty()), Optional.empty(),
                Provenance.of("donations.csv", 0));

        write(record("donations.csv", EARLY), List.of(donation, sample), List.of());

        assertThat(store.find(LABOUR_DONATIONS).observations()).containsExactly(donation, sample);
    }

    @Test
    void whatASeriesSinkIsGivenIsKeptAsTheObservationsItDescribes() {
        ObservationOrigin origin = new ObservationOrigin("donations.csv",
                Optional.of(Instant.parse("2019-12-13T09:15:30Z")), "import-7");
        Window first = Window.ofDay(day(1), ZoneOffset.UTC);
        Window second = Window.ofDay(day(2), ZoneOffset.UTC);
        Window third = Window.ofDay(day(3), ZoneOffset.UTC);
        Optional<Currency> pounds = Optional.of(Currency.getInstance("GBP"));

        try (SourceWrite write = store.replaceSource("donations.csv")) {
            SeriesSink donations = write.series(LABOUR_DONATIONS, origin);
            donations.accept(first, 100, 2);
            donations.accept(second, Interval.of("22.735", "22.745"), pounds, 3);
            donations.accept(third, Interval.exactly(7), Optional.empty(), 4);
            donations.accept(first, Interval.exactly(120), pounds, 5);
            write.commit(record("donations.csv", EARLY));
        }

        assertThat(store.find(LABOUR_DONATIONS).observations()).containsExactly(
                donation(first, Interval.exactly(120), pounds, origin.at(5)),
                donation(second, Interval.of("22.735", "22.745"), pounds, origin.at(3)),
                donation(third, Interval.exactly(7), Optional.empty(), origin.at(4)));
    }

    @Test
    void aSeriesSinkAndSingleObservationsOfOneSeriesMeetInOneWrite() {
        ObservationOrigin origin = new ObservationOrigin("a.csv", Optional.empty(), "");
        Observation single = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);

        try (SourceWrite write = store.replaceSource("a.csv")) {
            write.accept(single);
            SeriesSink views = write.series(LABOUR_VIEWS, origin);
            views.accept(Window.ofDay(day(2), ZoneOffset.UTC), 200, 3);
            views.accept(Window.ofDay(day(1), ZoneOffset.UTC), 110, 4);
            write.commit(record("a.csv", EARLY));
        }

        assertThat(store.find(LABOUR_VIEWS).observations()).containsExactly(
                views(LABOUR_VIEWS, day(1), 110, "a.csv", 4), views(LABOUR_VIEWS, day(2), 200, "a.csv", 3));
    }

    @Test
    void aSeriesSinkCannotBeUsedOnceItsWriteIsCommitted() {
        try (SourceWrite write = store.replaceSource("a.csv")) {
            SeriesSink views = write.series(LABOUR_VIEWS, new ObservationOrigin("a.csv", Optional.empty(), ""));
            write.commit(record("a.csv", EARLY));

            assertThatThrownBy(() -> views.accept(Window.ofDay(day(1), ZoneOffset.UTC), 1, 2))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(store.find(LABOUR_VIEWS).observations()).isEmpty();
    }

    @Test
    void nothingWrittenIsVisibleBeforeCommit() {
        try (SourceWrite write = store.replaceSource("a.csv")) {
            write.accept(views(LABOUR_VIEWS, day(1), 100, "a.csv", 2));
            write.cover(coverage(LABOUR_VIEWS, "a.csv"));

            assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(), List.of()));
            assertThat(store.sources()).isEmpty();
            write.commit(record("a.csv", EARLY));
        }
        assertThat(store.find(LABOUR_VIEWS).observations()).hasSize(1);
    }

    @Test
    void closingWithoutCommitLeavesNothing() {
        try (SourceWrite write = store.replaceSource("a.csv")) {
            write.accept(views(LABOUR_VIEWS, day(1), 100, "a.csv", 2));
            write.cover(coverage(LABOUR_VIEWS, "a.csv"));
        }

        assertThat(store.sources()).isEmpty();
        assertThat(store.source("a.csv")).isEmpty();
        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(), List.of()));
    }

    @Test
    void anAbandonedReplacementKeepsWhatTheSourceHadBefore() {
        Observation old = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        SourceRecord oldRecord = record("a.csv", EARLY);
        write(oldRecord, List.of(old), List.of());

        try (SourceWrite write = store.replaceSource("a.csv")) {
            write.accept(views(LABOUR_VIEWS, day(1), 999, "a.csv", 2));
        }

        assertThat(store.find(LABOUR_VIEWS).observations()).containsExactly(old);
        assertThat(store.source("a.csv")).contains(oldRecord);
    }

    @Test
    void aReplacementRemovesEverythingTheSourceHadBefore() {
        Observation oldDay1 = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        Observation oldDay2 = views(LABOUR_VIEWS, day(2), 200, "a.csv", 3);
        Observation oldTory = views(TORY_VIEWS, day(1), 5, "a.csv", 4);
        write(record("a.csv", EARLY), List.of(oldDay1, oldDay2, oldTory), List.of(coverage(LABOUR_VIEWS, "a.csv")));

        Observation newDay1 = views(LABOUR_VIEWS, day(1), 150, "a.csv", 2);
        SourceRecord newRecord = record("a.csv", LATE);
        write(newRecord, List.of(newDay1), List.of());

        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(newDay1), List.of()));
        assertThat(store.find(TORY_VIEWS).observations()).isEmpty();
        assertThat(store.sources()).containsExactly(newRecord);
    }

    @Test
    void aReplacementWithNothingEmptiesTheSourceButKeepsItsRecord() {
        write(record("a.csv", EARLY), List.of(views(LABOUR_VIEWS, day(1), 100, "a.csv", 2)), List.of());
        SourceRecord emptied = record("a.csv", LATE);

        write(emptied, List.of(), List.of());

        assertThat(store.find(LABOUR_VIEWS).observations()).isEmpty();
        assertThat(store.sources()).containsExactly(emptied);
    }

    @Test
    void importingTheSameDataTwiceChangesNothing() {
        List<Observation> rows = List.of(views(LABOUR_VIEWS, day(1), 100, "a.csv", 2),
                views(LABOUR_VIEWS, day(2), 200, "a.csv", 3));
        List<Coverage> covered = List.of(coverage(LABOUR_VIEWS, "a.csv"));
        write(record("a.csv", EARLY), rows, covered);
        SeriesData once = store.find(LABOUR_VIEWS);
        List<SourceRecord> sourcesOnce = store.sources();

        write(record("a.csv", EARLY), rows, covered);

        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(once);
        assertThat(store.sources()).isEqualTo(sourcesOnce);
    }

    @Test
    void withinOneWriteALaterRowWithTheSameKeyReplacesTheEarlierOne() {
        Observation first = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        Observation corrected = views(LABOUR_VIEWS, day(1), 120, "a.csv", 9);
        Coverage covered = coverage(LABOUR_VIEWS, "a.csv");

        write(record("a.csv", EARLY), List.of(first, corrected), List.of(covered, covered));

        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(corrected), List.of(covered)));
    }

    @Test
    void twoSourcesAreBothFoundInImportOrder() {
        Observation fromB = views(LABOUR_VIEWS, day(1), 100, "b.csv", 2);
        Observation fromA = views(LABOUR_VIEWS, day(1), 110, "a.csv", 2);
        Coverage coverageB = coverage(LABOUR_VIEWS, "b.csv");
        Coverage coverageA = coverage(LABOUR_VIEWS, "a.csv");
        SourceRecord recordB = record("b.csv", EARLY);
        SourceRecord recordA = record("a.csv", LATE);

        write(recordB, List.of(fromB), List.of(coverageB));
        write(recordA, List.of(fromA), List.of(coverageA));

        SeriesData found = store.find(LABOUR_VIEWS);
        assertThat(found.observations()).containsExactly(fromB, fromA);
        assertThat(found.coverage()).containsExactly(coverageB, coverageA);
        assertThat(store.sources()).containsExactly(recordA, recordB);
    }

    @Test
    void sourcesImportedAtTheSameMomentAreFoundInNameOrder() {
        Observation fromB = views(LABOUR_VIEWS, day(1), 100, "b.csv", 2);
        Observation fromA = views(LABOUR_VIEWS, day(2), 110, "a.csv", 2);

        write(record("b.csv", EARLY), List.of(fromB), List.of());
        write(record("a.csv", EARLY), List.of(fromA), List.of());

        assertThat(store.find(LABOUR_VIEWS).observations()).containsExactly(fromA, fromB);
    }

    @Test
    void replacingOneSourceLeavesTheOtherAlone() {
        Observation fromA = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        Observation fromB = views(LABOUR_VIEWS, day(2), 200, "b.csv", 2);
        write(record("a.csv", EARLY), List.of(fromA), List.of());
        write(record("b.csv", EARLY), List.of(fromB), List.of());

        Observation newFromA = views(LABOUR_VIEWS, day(3), 300, "a.csv", 2);
        write(record("a.csv", LATE), List.of(newFromA), List.of());

        assertThat(store.find(LABOUR_VIEWS).observations()).containsExactly(fromB, newFromA);
    }

    @Test
    void removingASourceRemovesItsDataAndRecordOnly() {
        Observation fromA = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        Observation fromB = views(LABOUR_VIEWS, day(2), 200, "b.csv", 2);
        SourceRecord recordB = record("b.csv", EARLY);
        write(record("a.csv", EARLY), List.of(fromA), List.of(coverage(LABOUR_VIEWS, "a.csv")));
        write(recordB, List.of(fromB), List.of());

        store.removeSource("a.csv");

        assertThat(store.find(LABOUR_VIEWS)).isEqualTo(new SeriesData(List.of(fromB), List.of()));
        assertThat(store.sources()).containsExactly(recordB);
        assertThat(store.source("a.csv")).isEmpty();
    }

    @Test
    void removingAnUnknownSourceDoesNothing() {
        SourceRecord recordA = record("a.csv", EARLY);
        Observation fromA = views(LABOUR_VIEWS, day(1), 100, "a.csv", 2);
        write(recordA, List.of(fromA), List.of());

        store.removeSource("unknown.csv");

        assertThat(store.sources()).containsExactly(recordA);
        assertThat(store.find(LABOUR_VIEWS).observations()).containsExactly(fromA);
    }

    @Test
    void sourcesAreListedInNameOrderWithTheirRecords() {
        SourceRecord c = record("c.csv", EARLY);
        SourceRecord a = record("a.csv", LATE);
        SourceRecord b = record("sub/b.csv", EARLY);
        write(c, List.of(), List.of());
        write(a, List.of(), List.of());
        write(b, List.of(), List.of());

        assertThat(store.sources()).containsExactly(a, c, b);
        assertThat(store.source("sub/b.csv")).contains(b);
    }

    @Test
    void aCommittedWriteCannotBeWrittenToOrCommittedAgain() {
        try (SourceWrite write = store.replaceSource("a.csv")) {
            write.commit(record("a.csv", EARLY));

            assertThatThrownBy(() -> write.accept(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> write.cover(coverage(LABOUR_VIEWS, "a.csv")))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> write.commit(record("a.csv", EARLY))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(store.find(LABOUR_VIEWS).observations()).isEmpty();
    }

    @Test
    void aClosedWriteCannotBeCommitted() {
        SourceWrite write = store.replaceSource("a.csv");
        write.accept(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2));
        write.close();

        assertThatThrownBy(() -> write.commit(record("a.csv", EARLY))).isInstanceOf(IllegalStateException.class);
        assertThat(store.sources()).isEmpty();
    }

    @Test
    void listingGivesEveryObservationOnceInAStableOrderAcrossPages() {
        write(record("b.csv", EARLY), List.of(views(TORY_VIEWS, day(2), 5, "b.csv", 2),
                views(LABOUR_VIEWS, day(2), 2, "b.csv", 3)), List.of());
        write(record("a.csv", LATE), List.of(views(LABOUR_VIEWS, day(2), 2, "a.csv", 2),
                views(LABOUR_VIEWS, day(1), 1, "a.csv", 3), views(LABOUR_VIEWS_STOKE, day(1), 7, "a.csv", 4)), List.of());

        ObservationPage first = store.list(ObservationQuery.all(2));
        ObservationPage second = store.list(ObservationQuery.all(2).after(first.next().orElseThrow()));
        ObservationPage third = store.list(ObservationQuery.all(2).after(second.next().orElseThrow()));

        assertThat(first.observations()).extracting(o -> o.subject().id() + " " + o.segment() + " "
                + o.window().start().toString().substring(0, 10) + " " + o.provenance().source())
                .containsExactly("conservatives  2019-12-02 b.csv", "labour  2019-12-01 a.csv");
        assertThat(second.observations()).extracting(o -> o.provenance().location())
                .containsExactly("a.csv:2", "b.csv:3");
        assertThat(third.observations()).extracting(o -> o.provenance().location()).containsExactly("a.csv:4");
        assertThat(third.next()).isEmpty();
    }

    @Test
    void listingFiltersByEveryField() {
        write(record("a.csv", EARLY), List.of(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2),
                views(LABOUR_VIEWS, day(5), 5, "a.csv", 3), views(LABOUR_VIEWS_STOKE, day(1), 7, "a.csv", 4),
                views(TORY_VIEWS, day(1), 9, "a.csv", 5)), List.of());
        ObservationQuery all = ObservationQuery.all(10);

        assertThat(store.list(new ObservationQuery(Optional.of("video_views"), Optional.of(Subject.of("labour")),
                Optional.of(Platform.FACEBOOK), Optional.of(Segment.TOTAL), Optional.empty(), Optional.empty(), 10,
                Optional.empty())).observations()).extracting(o -> o.provenance().line()).containsExactly(2L, 3L);
        assertThat(store.list(new ObservationQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(day(2).atStartOfDay().toInstant(ZoneOffset.UTC)),
                Optional.of(day(6).atStartOfDay().toInstant(ZoneOffset.UTC)), 10, Optional.empty())).observations())
                .extracting(o -> o.provenance().line()).containsExactly(3L);
        assertThat(store.list(new ObservationQuery(Optional.of("reach"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10, Optional.empty())).observations()).isEmpty();
        assertThat(store.list(all).observations()).hasSize(4);
        assertThat(store.list(new ObservationQuery(Optional.empty(), Optional.empty(), Optional.of(Platform.WEB),
                Optional.empty(), Optional.empty(), Optional.empty(), 10, Optional.empty())).observations()).isEmpty();
    }

    @Test
    void aWriteIsCommittedOnlyWithItsOwnSourcesRecord() {
        try (SourceWrite write = store.replaceSource("a.csv")) {
            write.accept(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2));

            assertThatThrownBy(() -> write.commit(record("b.csv", EARLY))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.sources()).isEmpty();
        assertThat(store.find(LABOUR_VIEWS).observations()).isEmpty();
    }

    @Test
    void theImportFingerprintAndReportAreKeptWithTheRecord() {
        ImportReport report = new ImportReport("a.csv", "reckon-csv", "UTF-8", 3, 1, 2,
                List.of(new RowProblem("a.csv", 3, 2, "value", "expected a number but found 'n/a'"),
                        new RowProblem("a.csv", 4, 0, "", "the row has 3 fields; the header has 5")),
                List.of("views -> video_views"), List.of("notes"),
                List.of(Window.ofDays(day(1), day(31), ZoneOffset.UTC)), List.of("a note"));
        SourceRecord record = new SourceRecord("a.csv", 77, "cd".repeat(32), "reckon-csv", EARLY, 3, 1, 2,
                "ef".repeat(32), Optional.of(report));
        SourceRecord bare = record("b.csv", LATE);
        write(record, List.of(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2)), List.of());
        write(bare, List.of(), List.of());

        assertThat(store.source("a.csv")).contains(record);
        assertThat(store.source("b.csv")).contains(bare);
        assertThat(store.sources()).containsExactly(record, bare);
    }

    @Test
    void theVersionChangesWithEveryCommitAndRemovalAndWithNothingElse() {
        long empty = store.version();
        assertThat(store.version()).isEqualTo(empty);

        write(record("a.csv", EARLY), List.of(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2)), List.of());
        long afterCommit = store.version();
        store.find(LABOUR_VIEWS);
        store.sources();
        try (SourceWrite abandoned = store.replaceSource("a.csv")) {
            abandoned.accept(views(LABOUR_VIEWS, day(2), 2, "a.csv", 3));
        }
        long afterReads = store.version();
        store.removeSource("a.csv");

        assertThat(afterCommit).isNotEqualTo(empty);
        assertThat(afterReads).isEqualTo(afterCommit);
        assertThat(store.version()).isNotEqualTo(afterCommit);
    }

    @Test
    void segmentKeysAreThoseOfTheObservationsHeld() {
        assertThat(store.segmentKeys()).isEmpty();
        write(record("a.csv", EARLY), List.of(views(LABOUR_VIEWS, day(1), 1, "a.csv", 2),
                views(LABOUR_VIEWS_STOKE, day(1), 7, "a.csv", 4)), List.of());

        assertThat(store.segmentKeys()).containsExactly("town");
        store.removeSource("a.csv");
        assertThat(store.segmentKeys()).isEmpty();
    }

    private void write(SourceRecord record, List<Observation> observations, List<Coverage> coverage) {
        try (SourceWrite write = store.replaceSource(record.source())) {
            observations.forEach(write::accept);
            coverage.forEach(write::cover);
            write.commit(record);
        }
    }

    protected static SourceRecord record(String source, Instant importedAt) {
        return new SourceRecord(source, 1234, "ab".repeat(32), "reckon-csv", importedAt, 10, 9, 1);
    }

    protected static LocalDate day(int dayOfDecember) {
        return LocalDate.of(2019, 12, dayOfDecember);
    }

    protected static Observation views(SeriesKey key, LocalDate day, long value, String source, long line) {
        return new Observation(key.subject(), key.platform(), key.metric(), Window.ofDay(day, ZoneOffset.UTC),
                key.segment(), Interval.exactly(value), Optional.empty(), Provenance.of(source, line));
    }

    private static Observation donation(Window window, Interval value, Optional<Currency> currency, Provenance provenance) {
        return new Observation(LABOUR_DONATIONS.subject(), LABOUR_DONATIONS.platform(), LABOUR_DONATIONS.metric(), window,
                LABOUR_DONATIONS.segment(), value, currency, provenance);
    }

    protected static Coverage coverage(SeriesKey key, String source) {
        return new Coverage(key, Window.ofDays(day(1), day(31), ZoneOffset.UTC), source);
    }
}
