package dev.reckon.adapter.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.dossier.FileDossierSource;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.application.fixture.InMemoryClaimStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.OpenDossier;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.service.DossierSessions;
import dev.reckon.domain.claim.ClaimResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small dossier on disk, read and checked by the real readers, store and claim checker. */
class CheckDossierFromFilesTest {

    private static final DossierSessions SESSIONS = new DossierSessions(new FileDossierSource(),
            new ExportReaderRegistry(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader())),
            dossierDir -> new InMemoryObservationStore(), dossierDir -> new InMemoryClaimStore());

    @TempDir
    Path dir;

    @Test
    void checksEveryClaimAgainstTheFilesTheDossierNames() throws Exception {
        write("data/facebook.csv", """
                subject,platform,metric,from,to,segment,value
                labour,facebook,video_views,2017-05-03,2017-06-08,,1000000
                labour,facebook,video_views,2019-11-06,2019-12-12,,500k
                labour,facebook,reach,2019-12-06,2019-12-06,town=Stoke,109k
                tories,facebook,video_views,2019-11-06,2019-12-12,,1
                """);
        write("data/twitter/daily.jsonl", """
                {"subject": "@JeremyCorbyn", "platform": "twitter", "metric": "likes", "from": "2019-12-12", "to": "2019-12-12", "value": 40000}
                {"subject": "@JeremyCorbyn", "platform": "twitter", "metric": "retweets", "from": "2019-12-12", "to": "2019-12-12", "value": 12000}
                """);
        write("dossier.yaml", """
                title: GE2019 digital review
                timezone: Europe/London
                subjects:
                  jc: { name: Jeremy Corbyn, accounts: { twitter: jeremycorbyn } }
                  labour: { name: The Labour Party }
                periods:
                  ge2017: { from: 2017-05-03, to: 2017-06-08 }
                  ge2019: { from: 2019-11-06, to: 2019-12-12 }
                  polling-day: { on: 2019-12-12 }
                data:
                  - path: data/facebook.csv
                  - path: data/twitter/
                claims:
                  - id: party-video-half
                    text: "gaining just half the video views of 2017"
                    check: "video_views{labour, facebook, ge2019} / video_views{labour, facebook, ge2017} ~ 0.5 within 10%"
                  - id: video-fell
                    check: "video_views{labour, facebook, ge2019} > video_views{labour, facebook, ge2017}"
                  - id: polling-day-engagement
                    check: "likes{jc, twitter, polling-day} + retweets{jc, twitter, polling-day} = 52,000"
                  - id: stoke
                    check: "reach{labour, facebook, ge2019, town=Stoke} > 100k"
                  - id: no-instagram
                    check: "video_views{labour, instagram, ge2019} > 1"
                  - id: typo
                    check: "video_veiws{labour, facebook, ge2019} > 1"
                """);

        DossierCheck check = check(dir);

        assertThat(check.title()).isEqualTo("GE2019 digital review");
        assertThat(check.results()).extracting(r -> r.claim().id() + " " + r.verdict()).containsExactly(
                "party-video-half true", "video-fell false", "polling-day-engagement true", "stoke true",
                "no-instagram no-data", "typo invalid");
        assertThat(check.imports()).extracting(ImportReport::source, ImportReport::format, ImportReport::rowsAccepted,
                        ImportReport::rowsRejected)
                .containsExactly(tuple("data/facebook.csv", "canonical-csv", 3L, 1L),
                        tuple("data/twitter/daily.jsonl", "canonical-jsonl", 2L, 0L));
        assertThat(check.imports().get(0).problems()).extracting(p -> p.line().orElse(0), RowProblem::field)
                .containsExactly(tuple(5L, "subject"));
        ClaimResult half = check.results().get(0);
        assertThat(half.series()).extracting(s -> s.observations().get(0).provenance().location())
                .containsExactly("data/facebook.csv:3", "data/facebook.csv:2");
    }

    @Test
    void aDataFileInNoKnownFormatStopsTheDossierNamingTheFormats() throws IOException {
        write("data/page.csv", "Date,Lifetime Total Likes\n8/19/2015,100\n");
        write("dossier.yaml", "data:\n  - path: data/page.csv\n");

        DossierException e = catchThrowableOfType(DossierException.class, () -> check(dir));

        assertThat(e.problems()).extracting(DossierProblem::toString).containsExactly(dir.resolve("data/page.csv")
                + ": no known format fits this file (canonical-csv: the first line names no canonical column (expected "
                + "subject,platform,metric,from,to,segment,value, and optionally source); "
                + "canonical-jsonl: the first line is not a JSON object)");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Opens the dossier as {@code reckon check} does and checks it. */
    private static DossierCheck check(Path dossierDir) throws DossierException {
        try (OpenDossier opened = SESSIONS.open(dossierDir, DataReach.INSIDE_DOSSIER)) {
            return opened.checks().check();
        }
    }
}
