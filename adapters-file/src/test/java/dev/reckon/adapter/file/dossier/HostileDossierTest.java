package dev.reckon.adapter.file.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.out.Dossier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossiers written to make Reckon read what is not theirs, or to make it work hard before saying no. */
class HostileDossierTest {

    private static final FileDossierSource SOURCE = new FileDossierSource();
    private static final String SECRET = "RECKON_API_TOKEN=s3cret";

    @TempDir
    Path root;

    private Path dossier;

    @BeforeEach
    void folders() throws IOException {
        dossier = Files.createDirectories(root.resolve("dossier"));
        Files.writeString(root.resolve("outside.csv"), SECRET + "\n");
        Files.createDirectories(dossier.resolve("data"));
        Files.writeString(dossier.resolve("data/inside.csv"), "subject,platform\n");
    }

    @Test
    void dataPathsThatLeaveTheFolderAreRefusedWhereTheyAreWritten() throws IOException {
        Files.createSymbolicLink(dossier.resolve("link.csv"), root.resolve("outside.csv"));
        Files.createSymbolicLink(dossier.resolve("away"), root);

        List<String> messages = messages("""
                data:
                  - path: /etc/passwd
                  - path: ../outside.csv
                  - path: link.csv
                  - path: away
                  - path: data/../../outside.csv
                """);

        assertThat(messages).containsExactly(
                yaml() + ":2:11: '/etc/passwd' leads outside the dossier's folder; a dossier's data stay inside it"
                        + " unless the command is given --allow-outside",
                yaml() + ":3:11: '../outside.csv' leads outside the dossier's folder; a dossier's data stay inside it"
                        + " unless the command is given --allow-outside",
                yaml() + ":4:11: 'link.csv' leads outside the dossier's folder; a dossier's data stay inside it"
                        + " unless the command is given --allow-outside",
                yaml() + ":5:11: 'away' leads outside the dossier's folder; a dossier's data stay inside it"
                        + " unless the command is given --allow-outside",
                yaml() + ":6:11: 'data/../../outside.csv' leads outside the dossier's folder; a dossier's data stay"
                        + " inside it unless the command is given --allow-outside");
        assertThat(String.join("\n", messages)).doesNotContain(SECRET);
    }

    @Test
    void aLinkInsideADataFolderThatLeadsOutIsRefusedByName() throws IOException {
        Files.createSymbolicLink(dossier.resolve("data/sneaky.csv"), root.resolve("outside.csv"));

        assertThat(messages("data:\n  - path: data\n")).containsExactly(
                yaml() + ":2:11: 'data/sneaky.csv' leads outside the dossier's folder; a dossier's data stay inside it"
                        + " unless the command is given --allow-outside");
    }

    @Test
    void theUserMayLetDataComeFromAnywhere() throws Exception {
        Files.createSymbolicLink(dossier.resolve("link.csv"), root.resolve("outside.csv"));
        write("data:\n  - path: ../outside.csv\n  - path: link.csv\n  - path: data\n");

        Dossier loaded = SOURCE.load(dossier, DataReach.ANYWHERE);

        assertThat(loaded.data()).flatExtracting(DataEntry::files).extracting(DataFile::source)
                .containsExactly("../outside.csv", "link.csv", "data/inside.csv");
    }

    @Test
    void linksThatStayInsideTheFolderAreRead() throws Exception {
        Files.createSymbolicLink(dossier.resolve("same.csv"), dossier.resolve("data/inside.csv"));
        write("data:\n  - path: same.csv\n");

        assertThat(SOURCE.load(dossier).data()).flatExtracting(DataEntry::files).extracting(DataFile::source)
                .containsExactly("same.csv");
    }

    @Test
    void aPathWithANulCharacterIsALocatedProblem() {
        assertThat(messages("data:\n  - path: \"x\\0.csv\"\n")).containsExactly(yaml()
                + ":2:11: the data path cannot name a file: it holds a character no file name can have"
                + " (Nul character not allowed)");
    }

    @Test
    void aliasesDefinedOrNotAreRefusedWhereTheyStand() {
        assertThat(messages("title: *nope\n")).containsExactly(yaml()
                + ":1:8: '*nope' is a YAML alias; a dossier does not use anchors and aliases: write the value out here");
        assertThat(messages("timezone: &zone UTC\ntitle: *zone\n")).singleElement().asString()
                .startsWith(yaml() + ":2:8: '*zone' is a YAML alias");
    }

    @Test
    void aHugeDossierFileIsRefusedBeforeItIsRead() throws IOException {
        Files.writeString(dossier.resolve("dossier.yaml"), "title: " + "x".repeat(10 * 1024 * 1024));

        long started = System.nanoTime();
        List<String> messages = problems().stream().map(DossierProblem::toString).toList();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(messages).containsExactly(yaml() + ": is 10485767 bytes; a dossier.yaml may be at most 1024 KB"
                + " (keep the data in the files it names)");
    }

    private List<String> messages(String yaml) {
        try {
            write(yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return problems().stream().map(DossierProblem::toString).toList();
    }

    private List<DossierProblem> problems() {
        DossierException e = catchThrowableOfType(DossierException.class, () -> SOURCE.load(dossier));
        assertThat(e).as("the dossier should not load").isNotNull();
        return e.problems();
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dossier.resolve("dossier.yaml"), yaml);
    }

    private String yaml() {
        return dossier.resolve("dossier.yaml").toString();
    }
}
