package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.PostSelection;
import dev.reckon.application.port.shared.SeriesSummary;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DossierDataTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Subject RO = Subject.of("ro");

    private final InMemoryObservationStore store = new InMemoryObservationStore();
    /** The dossier lists march.csv after february.csv: march.csv is the later export. */
    private final Dossier dossier = new Dossier(Path.of("d"), "Posts", BERLIN,
            List.of(new DossierSubject(RO, "rOpenSci", Map.of(Platform.TWITTER, "rOpenSci"))),
            Map.of("feb", Period.of("feb", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 28), BERLIN)),
            MetricCatalogue.builtIn(), List.of(entry("february.csv"), entry("march.csv")), List.of());

    private static DataEntry entry(String file) {
        return new DataEntry(file, List.of(new DataFile(file, () -> new ByteArrayInputStream(new byte[0]))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Post tweet(String id, String created, long impressions, String file) {
        return new Post(new PostId(Platform.TWITTER, id), RO, Instant.parse(created), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(new MetricId("post_impressions"), Interval.exactly(impressions)),
                Provenance.of(file, 2));
    }

    private void write(String file, Instant importedAt, Post... posts) {
        try (SourceWrite write = store.replaceSource(file)) {
            List.of(posts).forEach(write::post);
            write.commit(new SourceRecord(file, 1, "ab".repeat(32), "x-tweets", importedAt, posts.length,
                    posts.length, 0));
        }
    }

    private PostListing posts(PostSelection selection) throws DossierException {
        return new DossierData(dossier, store).posts(selection);
    }

    @Test
    void theLaterDataEntrysExportWinsEvenWhenItWasImportedFirst() throws DossierException {
        write("march.csv", Instant.parse("2026-01-01T00:00:00Z"), tweet("1", "2017-02-28T23:30:00Z", 140, "march.csv"));
        write("february.csv", Instant.parse("2026-01-02T00:00:00Z"), tweet("1", "2017-02-28T23:30:00Z", 100,
                "february.csv"), tweet("2", "2017-02-10T12:00:00Z", 5, "february.csv"));

        PostListing all = posts(PostSelection.ALL);

        assertThat(all.posts()).extracting(p -> p.id().id()).containsExactly("2", "1");
        assertThat(all.posts().get(1).value(new MetricId("post_impressions"))).contains(Interval.exactly(140));
    }

    @Test
    void aPeriodOfDaysIsReadInTheDossiersZoneAndTopKeepsTheLargestValues() throws DossierException {
        // 23:30 UTC on 28 February is Berlin's 1 March: outside February there.
        write("february.csv", Instant.EPOCH, tweet("1", "2017-02-28T23:30:00Z", 100, "february.csv"),
                tweet("2", "2017-02-10T12:00:00Z", 5, "february.csv"),
                tweet("3", "2017-02-11T12:00:00Z", 50, "february.csv"));

        PostListing days = posts(new PostSelection(Optional.empty(), Optional.empty(),
                Optional.of("2017-02-01..2017-02-28"), Optional.of("post_impressions"), OptionalInt.of(1)));
        PostListing declared = posts(new PostSelection(Optional.of("ro"), Optional.of("twitter"), Optional.of("feb"),
                Optional.empty(), OptionalInt.empty()));

        assertThat(days.posts()).extracting(p -> p.id().id()).containsExactly("3");
        assertThat(days.matching()).isEqualTo(2);
        assertThat(declared.posts()).extracting(p -> p.id().id()).containsExactly("2", "3");
    }

    @Test
    void everyPartTheDossierLacksIsNamedAtOnce() {
        assertThatThrownBy(() -> posts(new PostSelection(Optional.of("nobody"), Optional.of("myspace"),
                Optional.of("2017-03-01..2017-02-01"), Optional.of("fame"), OptionalInt.empty())))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.problems())
                        .extracting(DossierProblem::file).containsExactly("subject", "platform", "period", "sort"));
        assertThatThrownBy(() -> posts(new PostSelection(Optional.empty(), Optional.empty(), Optional.of("spring"),
                Optional.empty(), OptionalInt.empty())))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("unknown period 'spring'; give one the dossier declares (feb) or one written like"
                                + " 2017-01-01, 2017-W05, 2017-01, 2017-Q1, 2017 or 2017-01-01..2017-03-31"));
        assertThatThrownBy(() -> posts(new PostSelection(Optional.empty(), Optional.empty(), Optional.of("2017-13"),
                Optional.empty(), OptionalInt.empty())))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("the period '2017-13' is not one: "));
    }

    @Test
    void aPeriodIsWrittenAsClaimsWriteOneInTheDossiersZone() throws DossierException {
        // 23:30 UTC on 28 February is Berlin's 1 March: in March, in the ninth week, in the first quarter.
        write("february.csv", Instant.EPOCH, tweet("1", "2017-02-28T23:30:00Z", 100, "february.csv"),
                tweet("2", "2017-02-10T12:00:00Z", 5, "february.csv"),
                tweet("3", "2017-02-11T12:00:00Z", 50, "february.csv"));

        assertThat(postIdsIn("2017-02")).containsExactly("2", "3");
        assertThat(postIdsIn("2017-03")).containsExactly("1");
        assertThat(postIdsIn("2017-03-01")).containsExactly("1");
        assertThat(postIdsIn("2017-02-10")).containsExactly("2");
        assertThat(postIdsIn("2017-W06")).containsExactly("2", "3");
        assertThat(postIdsIn("2017-W09")).containsExactly("1");
        assertThat(postIdsIn("2017-Q1")).containsExactly("2", "3", "1");
        assertThat(postIdsIn("2017")).containsExactly("2", "3", "1");
        assertThat(postIdsIn("2017-02-11..2017-03-01")).containsExactly("3", "1");
        assertThat(postIdsIn("2016-Q4")).isEmpty();
    }

    private List<String> postIdsIn(String period) throws DossierException {
        return posts(new PostSelection(Optional.empty(), Optional.empty(), Optional.of(period), Optional.empty(),
                OptionalInt.empty())).posts().stream().map(post -> post.id().id()).toList();
    }

    @Test
    void aPerPostSeriesThatOnlyPostsGiveIsListedWithItsPostsAndTheirDays() {
        // Posts without a covered window and nothing rolled up: no observation or coverage names the series.
        write("february.csv", Instant.EPOCH, tweet("1", "2017-02-10T12:00:00Z", 5, "february.csv"),
                tweet("2", "2017-02-11T12:00:00Z", 50, "february.csv"));

        List<SeriesSummary> series = new DossierData(dossier, store).series().series();

        assertThat(series).singleElement().satisfies(summary -> {
            assertThat(summary.key().metric()).isEqualTo(new MetricId("post_impressions"));
            assertThat(summary.posts()).isEqualTo(2);
            assertThat(summary.observations()).isZero();
            assertThat(summary.first()).contains(LocalDate.of(2017, 2, 10));
            assertThat(summary.last()).contains(LocalDate.of(2017, 2, 11));
        });
    }
}
