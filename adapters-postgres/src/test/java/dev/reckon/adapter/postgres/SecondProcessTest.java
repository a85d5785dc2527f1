package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceWrite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Another process writing the same database: its import is seen by this one all at once when it
 * commits, never in part; killed with SIGKILL before that, it leaves nothing and holds no lock.
 */
class SecondProcessTest {

    private static final int ROWS = 5_000;

    private final String dossier = EmbeddedDatabase.freshDossier();

    @Test
    void anImportOfAnotherProcessIsSeenWholeOnceItCommits() throws Exception {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier)) {
            long before = store.version();
            Process writer = startWriter();
            BufferedReader output = output(writer);
            assertThat(output.readLine()).isEqualTo("streamed");

            assertThat(store.find(Rows.VIEWS).observations()).as("rows sent but not committed").isEmpty();
            assertThat(store.sources()).isEmpty();
            assertThat(store.version()).isEqualTo(before);

            resume(writer);
            assertThat(output.readLine()).isEqualTo("committed");
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(store.find(Rows.VIEWS).observations()).hasSize(ROWS);
            assertThat(store.sources()).singleElement().satisfies(r -> assertThat(r.rowsRead()).isEqualTo(ROWS));
            assertThat(store.version()).isGreaterThan(before);
        }
    }

    @Test
    void aWriterKilledBeforeItsCommitLeavesNothingAndHoldsNoLock() throws Exception {
        Process writer = startWriter();
        assertThat(output(writer).readLine()).isEqualTo("streamed");

        writer.destroyForcibly();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier,
                Duration.ofSeconds(20))) {
            assertThat(store.find(Rows.VIEWS).observations()).isEmpty();
            // The server ends the killed process's transaction, and with it the dossier's lock.
            try (SourceWrite write = store.replaceSource("views.csv")) {
                write.accept(Rows.views("views.csv", 0, 1));
                write.commit(Rows.record("views.csv", 1));
            }
            assertThat(store.find(Rows.VIEWS).observations()).hasSize(1);
        }
    }

    private Process startWriter() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), PostgresWriterProcess.class.getName(), EmbeddedDatabase.url(),
                dossier, Integer.toString(ROWS)));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void resume(Process process) throws IOException {
        OutputStream input = process.getOutputStream();
        input.write('\n');
        input.flush();
    }
}
