package dev.reckon.adapter.file.export;

import static dev.reckon.adapter.file.export.FuzzedImports.FILE_NAMES;
import static dev.reckon.adapter.file.export.FuzzedImports.assertWellReported;
import static dev.reckon.adapter.file.export.FuzzedImports.context;
import static dev.reckon.adapter.file.export.FuzzedImports.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bytes in: any file, under any of the names exports come with, is either recognised and read
 * with a report that accounts for it, or refused with a message that says why no format fits.
 * The file's bytes come first in an input and the choices last, so a real export with one byte
 * appended is a seed.
 */
class ExportReadersFuzzTest {

    private static final List<ExportReader> READERS = readers();
    private static final ExportReaderRegistry REGISTRY = new ExportReaderRegistry(READERS);

    @FuzzTest(maxDuration = "10m")
    void formatDetectionReadsOrRefusesAnyFile(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(FILE_NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        RecordingSink sink = new RecordingSink();
        ImportReport report;
        try {
            report = REGISTRY.read(input(name, bytes, context(Optional.empty())), sink);
        } catch (UnrecognisedExportException refused) {
            // Every refusal is one of the registry's own: no format fits, or the file is no text to try them on.
            assertThat(refused.getMessage()).matches("(?s)(no known format fits this file \\(|its format cannot be told:"
                    + "|it is a ZIP archive|it is an Excel 97-2003 workbook|the file is empty$|the file holds only blank"
                    + " lines$).*");
            assertThat(refused.source()).isEqualTo("data/" + name);
            return;
        }
        assertWellReported(report, sink, bytes);
    }

    /** Each reader, made to read a file whatever its header, as a dossier's {@code format:} makes it. */
    @FuzzTest(maxDuration = "10m")
    void everyReaderReadsAnyFileItIsGiven(FuzzedDataProvider data) throws IOException {
        ExportReader reader = data.pickValue(READERS);
        String name = data.pickValue(FILE_NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(input(name, bytes, context(Optional.of(reader.format()))), sink);

        assertThat(report.format()).isEqualTo(reader.format());
        assertWellReported(report, sink, bytes);
    }

    private static List<ExportReader> readers() {
        List<ExportReader> readers = new ArrayList<>(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader()));
        readers.addAll(PlatformReaders.all());
        return List.copyOf(readers);
    }
}
