package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Of two files that give one observation, the later export is the one the dossier lists later,
 * whatever the store's import history: a check from scratch, after an unrelated edit of the earlier
 * file and after the store is deleted all give the same verdict.
 */
class RevisionOrderCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "subject,platform,metric,from,to,segment,value\n";
    private static final String ELECTION_VIEWS = "labour,facebook,video_views,2019-11-06,2019-12-12,,";

    @TempDir
    Path dossier;

    @BeforeEach
    void writeDossier() throws IOException {
        write("dossier.yaml", "title: Revisions\n" + LabourAtTheElection.SUBJECT_AND_PERIOD + """
                data:
                  - path: data/a.csv
                  - path: data/b.csv
                claims:
                  - { id: revised, check: "video_views{labour, facebook, ge2019} = 78" }
                """);
        write("data/a.csv", HEADER + ELECTION_VIEWS + "70\n" + "labour,facebook,video_views,2017-05-03,2017-06-08,,5\n");
        write("data/b.csv", HEADER + ELECTION_VIEWS + "78\n");
    }

    @Test
    void theFileListedLaterWinsFromScratchIncrementallyAndAfterTheStoreIsDeleted() throws IOException {
        Map<String, String> fresh = verdicts(check());

        write("data/a.csv", HEADER + ELECTION_VIEWS + "70\n" + "labour,facebook,video_views,2017-05-03,2017-06-08,,6\n");
        CliRun afterEdit = check();
        Map<String, String> incremental = verdicts(afterEdit);

        deleteStore();
        Map<String, String> fromScratchAgain = verdicts(check());

        assertThat(afterEdit.errLines()).contains("1 file unchanged, 1 re-imported");
        assertThat(fresh).containsExactly(Map.entry("revised", "true"));
        assertThat(incremental).isEqualTo(fresh);
        assertThat(fromScratchAgain).isEqualTo(fresh);
    }

    private CliRun check() {
        return CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
    }

    private void deleteStore() throws IOException {
        try (Stream<Path> files = Files.walk(dossier.resolve(".reckon"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Map<String, String> verdicts(CliRun run) throws IOException {
        return CheckDossierCliTest.verdicts(JSON.readTree(run.out()));
    }

    private void write(String file, String text) throws IOException {
        Path path = dossier.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
