package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.in.FileImports;
import dev.reckon.application.port.in.ImportFilesCommand.FileToImport;
import dev.reckon.application.port.in.ImportFilesCommand;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportFilesServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Path DIR = Path.of("dossiers", "ge");
    private static final Dossier DOSSIER = new Dossier(DIR, "GE review", LONDON,
            List.of(new DossierSubject(Subject.of("labour"), "Labour", Map.of(Platform.TWITTER, "uklabour"))), Map.of(),
            MetricCatalogue.builtIn(), List.of(), List.of());

    private final RecordingImporter importer = new RecordingImporter();
    private final ImportFilesService service = new ImportFilesService(dir -> DOSSIER, importer);

    @Test
    void readsEachFileInTheDossiersContextAndSaysWhichCouldNotBeRead() throws DossierException {
        FileImports imports = service.importFiles(new ImportFilesCommand(DIR, List.of(file("a.csv"), file("notes.txt"),
                new FileToImport("gone.csv", () -> {
                    throw new NoSuchFileException("gone.csv");
                }), file("b.csv")), Optional.of("labour"), Optional.of(Platform.TWITTER), Optional.of("canonical-csv")));

        assertThat(imports.reports()).extracting(ImportReport::source).containsExactly("a.csv", "b.csv");
        assertThat(imports.rowsRead()).isEqualTo(6);
        assertThat(imports.rowsAccepted()).isEqualTo(4);
        assertThat(imports.rowsRejected()).isEqualTo(2);
        assertThat(imports.unreadable()).containsExactly(
                new DossierProblem("notes.txt", 0, 0, "no known format fits this file (fake)"),
                new DossierProblem("gone.csv", 0, 0, "cannot be read: gone.csv"));
        ImportContext context = importer.contexts.get(0);
        assertThat(context.zone()).isEqualTo(LONDON);
        assertThat(context.subject()).contains(Subject.of("labour"));
        assertThat(context.platform()).contains(Platform.TWITTER);
        assertThat(context.format()).contains("canonical-csv");
        assertThat(context.subjects().resolve("@UKLabour", Platform.TWITTER)).contains(Subject.of("labour"));
        assertThat(context.covers()).isEmpty();
    }

    @Test
    void aSubjectTheDossierDoesNotHaveStopsBeforeAnyFileIsRead() {
        assertThatThrownBy(() -> service.importFiles(new ImportFilesCommand(DIR, List.of(file("a.csv")),
                Optional.of("tories"), Optional.empty(), Optional.empty())))
                .isInstanceOf(DossierException.class)
                .hasMessage("--subject: the dossier has no subject 'tories': expected one of labour");
        assertThat(importer.contexts).isEmpty();
    }

    private static FileToImport file(String source) {
        return new FileToImport(source, () -> new ByteArrayInputStream(new byte[0]));
    }

    /** Reads any .csv as three rows, one rejected, and recognises nothing else; remembers each context. */
    private static final class RecordingImporter implements ExportImporter {
        private final List<ImportContext> contexts = new ArrayList<>();

        @Override
        public ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException {
            contexts.add(input.context());
            input.open().close();
            if (!input.source().endsWith(".csv")) {
                throw new UnrecognisedExportException(input.source(), "no known format fits this file (fake)");
            }
            return new ImportReport(input.source(), "fake", "UTF-8", 3, 2, 1, List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }

        @Override
        public List<String> formats() {
            return List.of("fake");
        }
    }
}
