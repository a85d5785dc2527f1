package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each source's import report is kept as JSON text beside its record, and a damaged one only costs a re-import. */
class StoredReportTest {

    private static final ImportReport REPORT = new ImportReport("data/a.csv", "canonical-csv", "UTF-8", 2, 1, 1,
            List.of(new RowProblem("data/a.csv", 3, 7, "value", "expected a number but found 'lots'")),
            List.of("value -> video_views"), List.of(),
            List.of(new Window(Instant.parse("2019-11-06T00:00:00.000000001Z"), Instant.parse("2019-12-13T00:00:00Z"))),
            List.of());
    private static final SourceRecord RECORD = new SourceRecord("data/a.csv", 99, "ab".repeat(32), "canonical-csv",
            Instant.parse("2026-01-01T00:00:00Z"), 2, 1, 1, "cd".repeat(32), Optional.of(REPORT));

    @TempDir
    Path folder;

    @Test
    void theReportIsPlainJsonInTheSourceTable() throws Exception {
        Path file = storeWithRecord();

        assertThat(RawStore.column(file, "SELECT import_report FROM source")).singleElement().asString()
                .startsWith("{\"source\":\"data/a.csv\",\"format\":\"canonical-csv\"")
                .contains("\"reason\":\"expected a number but found 'lots'\"")
                .contains("\"start\":\"2019-11-06T00:00:00.000000001Z\"");
        assertThat(RawStore.column(file, "SELECT import_fingerprint FROM source")).containsExactly("cd".repeat(32));
    }

    @Test
    void aReportDamagedByHandIsDroppedSoTheSourceIsImportedAgain() throws Exception {
        Path file = storeWithRecord();
        RawStore.execute(file, "UPDATE source SET import_report = '{\"source\": \"data/a.csv\"'");

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            SourceRecord read = store.source("data/a.csv").orElseThrow();
            assertThat(read.report()).isEmpty();
            assertThat(read.contentHash()).isEqualTo(RECORD.contentHash());
        }
    }

    @Test
    void dossierStoresKeepEachDossiersStoreInItsOwnFolder() throws Exception {
        Path dossier = folder.resolve("ge2019");

        try (SqliteObservationStore store = new SqliteDossierStores().open(dossier)) {
            assertThat(store.path()).isEqualTo(dossier.resolve(".reckon/reckon.db").toAbsolutePath());
        }
    }

    private Path storeWithRecord() {
        Path file = folder.resolve("reckon.db");
        try (SqliteObservationStore store = SqliteObservationStore.open(file);
             SourceWrite write = store.replaceSource(RECORD.source())) {
            write.commit(RECORD);
        }
        return file;
    }
}
