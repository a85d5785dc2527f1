package dev.reckon.adapter.file.dossier;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.MetricUnit;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDossierSourceTest {

    private static final FileDossierSource SOURCE = new FileDossierSource();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    @Test
    void readsEverySection() throws Exception {
        write("data/observations.csv", "subject,platform,metric,from,to,segment,value\n");
        write("data/tweets/b.csv", "x");
        write("data/tweets/a.csv", "y");
        write("data/tweets/.hidden", "z");
        Dossier dossier = load("""
                title: GE2019 review
                timezone: Europe/London
                subjects:
                  jc: { name: Jeremy Corbyn, accounts: { twitter: jeremycorbyn, facebook: JeremyCorbynMP } }
                  labour:
                periods:
                  ge2019: { from: 2019-11-06, to: 2019-12-12 }
                  polling-day: { on: 2019-12-12 }
                data:
                  - path: data/observations.csv
                  - path: data/tweets/
                    subject: labour
                    platform: twitter
                    covers: { from: 2019-11-06, to: 2019-12-12 }
                    format: twitter-tweets
                    year: 2019
                claims:
                  - id: party-video-half
                    text: "The party fell back"
                    check: "video_views{labour, facebook, ge2019} / video_views{labour, facebook, ge2017} ~ 0.5 within 10%"
                    source: { who: Leader's Team Digital, where: submission to the NEC, when: 2020-01 }
                  - id: arithmetic
                    check: 436,000 / 865,000 = 50.4%
                metrics:
                  - { id: newsletter_signups, unit: people, kind: distinct, definition: People who signed up }
                """);

        assertThat(dossier.title()).isEqualTo("GE2019 review");
        assertThat(dossier.zone()).isEqualTo(LONDON);
        assertThat(dossier.subjectNames()).containsExactly(Map.entry(Subject.of("jc"), "Jeremy Corbyn"),
                Map.entry(Subject.of("labour"), "labour"));
        assertThat(dossier.directory().resolve("@JeremyCorbyn", Platform.TWITTER)).contains(Subject.of("jc"));
        assertThat(dossier.periods()).containsExactly(
                Map.entry("ge2019", Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), LONDON)),
                Map.entry("polling-day", Period.onDay("polling-day", LocalDate.of(2019, 12, 12), LONDON)));
        assertThat(dossier.data()).hasSize(2);
        assertThat(dossier.data().get(0).files()).extracting(f -> f.source()).containsExactly("data/observations.csv");
        DataEntry tweets = dossier.data().get(1);
        assertThat(tweets.files()).extracting(f -> f.source()).containsExactly("data/tweets/a.csv", "data/tweets/b.csv");
        assertThat(tweets.subject()).contains(Subject.of("labour"));
        assertThat(tweets.platform()).contains(Platform.TWITTER);
        assertThat(tweets.covers()).contains(Window.ofDays(LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), LONDON));
        assertThat(tweets.format()).contains("twitter-tweets");
        assertThat(tweets.year()).contains(Year.of(2019));
        try (InputStream in = tweets.files().get(0).opener().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("y");
        }
        assertThat(dossier.claims()).extracting(c -> c.id()).containsExactly("party-video-half", "arithmetic");
        assertThat(dossier.claims().get(0).source())
                .contains(new ClaimSource("Leader's Team Digital", "submission to the NEC", "2020-01"));
        assertThat(dossier.claims().get(1).check()).isEqualTo("436,000 / 865,000 = 50.4%");
        assertThat(dossier.catalogue().find(new MetricId("newsletter_signups"))).hasValueSatisfying(m -> {
            assertThat(m.unit()).isEqualTo(MetricUnit.PEOPLE);
            assertThat(m.kind()).isEqualTo(AggregationKind.DISTINCT);
        });
        assertThat(dossier.catalogue().contains(new MetricId("video_views"))).isTrue();
    }

    @Test
    void theDossierFolderItselfMayHoldTheDataButNotAsData() throws Exception {
        write("obs.csv", "x");
        Dossier dossier = load("data:\n  - path: .\n");

        assertThat(dossier.data().get(0).files()).extracting(f -> f.source()).containsExactly("obs.csv");
    }

    @Test
    void theYamlFileItselfMayBeGivenForItsFolder() throws Exception {
        write("obs.csv", "x");
        write("dossier.yaml", "data:\n  - path: obs.csv\n");

        Dossier dossier = SOURCE.load(dir.resolve("dossier.yaml"));

        assertThat(dossier.title()).isEqualTo(dir.getFileName().toString());
        assertThat(dossier.data().get(0).files()).extracting(f -> f.source()).containsExactly("obs.csv");
    }

    @Test
    void everySectionMayBeAbsentAndTheZoneIsUtc() throws Exception {
        Dossier dossier = load("title: Empty\n");

        assertThat(dossier.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(dossier.zoneAssumed()).isTrue();
        assertThat(dossier.subjects()).isEmpty();
        assertThat(dossier.periods()).isEmpty();
        assertThat(dossier.data()).isEmpty();
        assertThat(dossier.claims()).isEmpty();
        assertThat(load("").title()).isEqualTo(dir.getFileName().toString());
        assertThat(load("subjects:\nperiods: {}\ndata: []\nclaims:\n").claims()).isEmpty();
    }

    @Test
    void brokenYamlIsReportedAtItsLineAndColumn() {
        assertThat(problems("""
                title: x
                claims:
                  - id: a
                    check: "1 < 2
                """)).extracting(DossierProblem::toString).containsExactly(
                file() + ":4:12: this is not valid YAML: found unexpected end of stream while scanning a quoted scalar");
        assertThat(problems("title: x\n  bad: indentation: here\n")).singleElement()
                .satisfies(p -> assertThat(p.toString()).matches(".*dossier\\.yaml:2:\\d+: this is not valid YAML: .+"));
    }

    @Test
    void unknownKeysAreAllReportedWithTheKeysExpected() {
        List<DossierProblem> problems = problems("""
                title: x
                claimz: []
                periods:
                  ge2019: { from: 2019-11-06, until: 2019-12-12 }
                """);

        assertThat(problems).extracting(DossierProblem::toString).containsExactly(
                file() + ":2:1: unknown key 'claimz' (expected title, timezone, subjects, periods, data, claims, metrics, reviewer)",
                file() + ":4:11: period 'ge2019' needs 'from' and 'to' (inclusive days), or 'on' for a single day",
                file() + ":4:31: unknown key 'until' (expected from, to, on)");
    }

    @Test
    void readsWhoReviewsTheClaims() throws Exception {
        Dossier dossier = load("""
                reviewer: { name: Campaign Audit, url: "https://audit.example.org", report: "https://audit.example.org/r.html" }
                """);

        assertThat(dossier.reviewer()).isEqualTo(new Reviewer("Campaign Audit", "https://audit.example.org",
                "https://audit.example.org/r.html"));
        assertThat(load("title: x\n").reviewer()).isEqualTo(Reviewer.NONE);
    }

    @Test
    void aReviewerNeedsANameAndWholeWebAddresses() {
        assertThat(messages("reviewer: { url: audit.example.org }\n")).containsExactly(
                file() + ":1:11: 'reviewer' needs a 'name': the organisation or person reviewing the claims");
        assertThat(messages("reviewer: { name: A, report: audit.example.org/r.html }\n")).containsExactly(
                file() + ":1:30: 'audit.example.org/r.html' is not a web address: write it in full, "
                        + "such as https://example.org/report.html");
    }

    @Test
    void theKeysThatPlaceAPartInTheFileAreUnknownKeysLikeAnyOther() {
        assertThat(messages("""
                claims:
                  - id: a
                    check: 1 < 2
                    line: 3
                """)).containsExactly(file() + ":4:5: unknown key 'line' (expected id, text, check, source)");
    }

    @Test
    void aMappingWhereAListBelongs() {
        assertThat(messages("claims: { id: a }\n"))
                .containsExactly(file() + ":1:9: 'claims' must be a list (lines starting with '- ')");
        assertThat(messages("subjects:\n  labour:\n    aliases: Labour\n"))
                .containsExactly(file() + ":3:14: 'subjects.labour.aliases' must be a list (lines starting with '- ')");
    }

    @Test
    void duplicateClaimIdsAndDuplicateKeys() {
        assertThat(messages("""
                claims:
                  - id: a
                    check: 1 < 2
                  - id: a
                    check: 2 < 3
                """)).containsExactly(file() + ":4:9: claim id 'a' is used twice (first on line 2)");
        assertThat(messages("""
                title: x
                title: y
                """)).containsExactly(file() + ":2:1: the key 'title' is written twice here");
    }

    @Test
    void missingFilesAndEmptyFolders() throws IOException {
        Files.createDirectories(dir.resolve("data/empty"));

        assertThat(messages("""
                data:
                  - path: data/missing.csv
                  - path: data/empty
                  - subject: jc
                """)).containsExactly(
                file() + ":2:11: no file or folder 'data/missing.csv' in the dossier's folder",
                file() + ":3:11: the folder 'data/empty' holds no data files",
                file() + ":4:5: a data entry needs a 'path': a file or folder relative to the dossier");
    }

    @Test
    void aDataEntryMayGiveTheZoneItsFilesAreWrittenInAndItsCoversAreDaysOfThatZone() throws Exception {
        write("data/page.csv", "x");
        write("data/other.csv", "x");

        Dossier dossier = load("""
                timezone: Europe/London
                data:
                  - path: data/page.csv
                    zone: America/Los_Angeles
                    covers: { from: 2019-12-01, to: 2019-12-01 }
                  - path: data/other.csv
                """);

        assertThat(dossier.zoneAssumed()).isFalse();
        DataEntry page = dossier.data().get(0);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        assertThat(page.zone()).contains(losAngeles);
        assertThat(page.covers()).contains(Window.ofDay(LocalDate.of(2019, 12, 1), losAngeles));
        assertThat(dossier.data().get(1).zone()).isEmpty();
    }

    @Test
    void anUnknownZoneOfADataEntryIsReportedWhereItIsWritten() throws IOException {
        write("a.csv", "x");

        assertThat(messages("""
                data:
                  - path: a.csv
                    zone: Pacific
                """)).containsExactly(
                file() + ":3:11: unknown time zone 'Pacific': use a name such as Europe/London or UTC");
    }

    @Test
    void badDatesAndTimeZones() {
        assertThat(messages("""
                timezone: Europe/Londn
                periods:
                  ge2019: { from: 2019-13-06, to: 2019-12-12 }
                  late: { from: 2019-12-12, to: 2019-12-01 }
                  both: { on: 2019-12-12, from: 2019-12-01 }
                """)).containsExactly(
                file() + ":1:11: unknown time zone 'Europe/Londn': use a name such as Europe/London or UTC",
                file() + ":3:19: '2019-13-06' is not a date: write it as year-month-day, such as 2019-11-06",
                file() + ":4:33: period 'late' ends (2019-12-01) before it starts (2019-12-12)",
                file() + ":5:9: period 'both' gives both 'on' and 'from'/'to': give one or the other");
    }

    @Test
    void missingCheckAndOtherBadValues() throws IOException {
        write("a.csv", "x");
        assertThat(messages("""
                subjects:
                  jc: { accounts: { myspace: jc } }
                data:
                  - { path: a.csv, subject: tories, platform: friendster, year: last, covers: { from: 2019-11-06 } }
                claims:
                  - id: no-check
                    text: words
                  - check: 1 < 2
                metrics:
                  - { id: video_views, unit: events, kind: additive }
                  - { id: signups, unit: people, kind: sometimes }
                """)).containsExactly(
                file() + ":2:30: subject 'jc': unknown platform 'myspace' (expected one of facebook, instagram, twitter, youtube, tiktok, web, all)",
                file() + ":4:29: unknown subject 'tories' (the dossier's subjects are: jc)",
                file() + ":4:47: unknown platform 'friendster' (expected one of facebook, instagram, twitter, youtube, tiktok, web, all)",
                file() + ":4:65: 'last' is not a year such as 2019",
                file() + ":4:79: 'covers' needs 'to', the last day covered",
                file() + ":6:5: claim 'no-check': needs a 'check': what to test, written in the claim language",
                file() + ":8:5: a claim needs an 'id', unique in the dossier",
                file() + ":10:11: metric 'video_views' is built in already: give yours another id",
                file() + ":11:40: unknown kind 'sometimes' (expected one of additive, distinct, stock)");
    }

    @Test
    void coversOutsideTheTimesTheStoreKeepsIsRefusedWhereItIsWritten() throws IOException {
        write("a.csv", "x");

        assertThat(messages("""
                subjects:
                  jc:
                data:
                  - { path: a.csv, covers: { from: 0001-01-01, to: 2019-12-12 } }
                  - { path: a.csv, covers: { from: 2019-01-01, to: 2262-04-11 } }
                """)).containsExactly(
                file() + ":4:36: 'covers' (0001-01-01 to 2019-12-12) is outside the times Reckon keeps, 1677-09-22 to 2262-04-10",
                file() + ":5:52: 'covers' (2019-01-01 to 2262-04-11) is outside the times Reckon keeps, 1677-09-22 to 2262-04-10");
    }

    @Test
    void aListWhereAMappingBelongsIsAShapeError() {
        assertThat(messages("subjects: [jc, labour]\n"))
                .containsExactly(file() + ":1:11: 'subjects' must be a mapping (lines of 'key: value')");
        assertThat(messages("- title: x\n"))
                .containsExactly(file() + ":1:1: the dossier must be a mapping (lines of 'key: value')");
        assertThat(messages("claims: [party-video-half]\n"))
                .containsExactly(file() + ":1:10: 'claims[1]' must be a mapping (lines of 'key: value')");
        assertThat(messages("claims:\n  - id: [a, b]\n    check: x\n"))
                .containsExactly(file() + ":2:9: 'claims[1].id' must be a single value, not a list or a mapping");
    }

    @Test
    void aSubjectsAliasesAreReadAndAnEmptyOneIsShownWhereItIsWritten() throws Exception {
        Dossier dossier = load("subjects:\n  jc: { name: Jeremy Corbyn, aliases: [Corbyn, ' the leader '] }\n  labour:\n");

        assertThat(dossier.subjects().get(0).aliases()).containsExactly("Corbyn", "the leader");
        assertThat(dossier.subjects().get(1).aliases()).isEmpty();
        assertThat(messages("subjects:\n  jc: { aliases: [Corbyn, ''] }\n"))
                .containsExactly(file() + ":2:27: subject 'jc': an alias is empty");
    }

    /** Found by fuzzing: an unknown platform with an empty account ended the load with a NullPointerException. */
    @Test
    void anUnknownPlatformWithAnEmptyAccountIsReportedAtItsSubject() {
        assertThat(messages("subjects:\n  jc: { accounts: { tiktokk: } }\n"))
                .singleElement().asString()
                .startsWith(file() + ":2:7: subject 'jc': unknown platform 'tiktokk' (expected one of ");
    }

    @Test
    void aFolderWithoutDossierYaml() {
        DossierException e = catchThrowableOfType(DossierException.class, () -> SOURCE.load(dir.resolve("nowhere")));

        assertThat(e.problems()).extracting(DossierProblem::toString).containsExactly(
                dir.resolve("nowhere").resolve("dossier.yaml") + ": no dossier.yaml here: a dossier is a folder holding dossier.yaml");
    }

    private Dossier load(String yaml) throws Exception {
        write("dossier.yaml", yaml);
        return SOURCE.load(dir);
    }

    private List<DossierProblem> problems(String yaml) {
        DossierException e = catchThrowableOfType(DossierException.class, () -> load(yaml));
        assertThat(e).as("the dossier should not load").isNotNull();
        return e.problems();
    }

    private List<String> messages(String yaml) {
        return problems(yaml).stream().map(DossierProblem::toString).toList();
    }

    private String file() {
        return dir.resolve("dossier.yaml").toString();
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

}
