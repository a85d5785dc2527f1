package dev.reckon.adapter.file.canonical;

import static dev.reckon.adapter.file.export.FuzzedImports.assertWellReported;
import static dev.reckon.adapter.file.export.FuzzedImports.context;
import static dev.reckon.adapter.file.export.FuzzedImports.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.application.port.shared.ImportReport;
import java.io.IOException;
import java.util.Optional;

/** Reckon's own formats, read from any bytes: a report that accounts for every row, never an exception. */
class CanonicalReadersFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void canonicalCsvReadsAnyBytes(byte[] bytes) throws IOException {
        assertReadsWell(new CanonicalCsvReader(), "observations.csv", bytes);
    }

    @FuzzTest(maxDuration = "10m")
    void canonicalJsonLinesReadsAnyBytes(byte[] bytes) throws IOException {
        assertReadsWell(new CanonicalJsonLinesReader(), "observations.jsonl", bytes);
    }

    private static void assertReadsWell(ExportReader reader, String name, byte[] bytes) throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(input(name, bytes, context(Optional.of(reader.format()))), sink);

        assertThat(report.format()).isEqualTo(reader.format());
        assertWellReported(report, sink, bytes);
    }
}
