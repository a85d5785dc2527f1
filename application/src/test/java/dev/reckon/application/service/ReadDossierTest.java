package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.in.ReadDossier;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadDossierTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Path DIR = Path.of("dossiers", "ge");
    private static final Dossier DOSSIER = new Dossier(DIR, "GE review", LONDON,
            List.of(new DossierSubject(Subject.of("labour"), "Labour", Map.of(Platform.TWITTER, "uklabour"))), Map.of(),
            MetricCatalogue.builtIn(), List.of(), List.of());

    private final RecordingImporter importer = new RecordingImporter();
    private final DossierSessions sessions = new DossierSessions(dir -> DOSSIER, importer, dir -> {
        throw new AssertionError("a dossier read alone opens no observation store");
    }, dir -> {
        throw new AssertionError("a dossier read alone opens no claim store");
    });

    @Test
    void readsAFileInTheDossiersContextAndKeepsNothing() throws Exception {
        ReadDossier read = sessions.read(DIR, DataReach.INSIDE_DOSSIER);

        ImportOutcome outcome = read.files().importFile(command("a.csv", ImportFileCommand.Mode.CHECK_ONLY));

        assertThat(outcome.stored()).isFalse();
        assertThat(outcome.report().rowsRejected()).isEqualTo(1);
        ImportContext context = importer.contexts.get(0);
        assertThat(context.zone()).isEqualTo(LONDON);
        assertThat(context.subject()).contains(Subject.of("labour"));
        assertThat(context.platform()).contains(Platform.TWITTER);
        assertThat(context.format()).contains("canonical-csv");
        assertThat(context.subjects().resolve("@UKLabour", Platform.TWITTER)).contains(Subject.of("labour"));
        assertThat(context.covers()).isEmpty();
    }

    @Test
    void aFileNoReaderRecognisesSaysSo() throws Exception {
        ImportFileUseCase files = sessions.read(DIR, DataReach.INSIDE_DOSSIER).files();

        assertThatThrownBy(() -> files.importFile(command("notes.txt", ImportFileCommand.Mode.CHECK_ONLY)))
                .isInstanceOf(UnrecognisedExportException.class)
                .hasMessageContaining("no known format fits this file (fake)");
    }

    @Test
    void withoutAStoreAFileCanOnlyBeRead() throws Exception {
        ImportFileUseCase files = sessions.read(DIR, DataReach.INSIDE_DOSSIER).files();

        assertThatThrownBy(() -> files.importFile(command("a.csv", ImportFileCommand.Mode.ACCEPTED_ROWS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the dossier was read without its store, so 'a.csv' can only be read (CHECK_ONLY), "
                        + "not imported (ACCEPTED_ROWS)");
        assertThat(importer.contexts).isEmpty();
    }

    @Test
    void findsTheDossiersSubjectsByIdAndNamesThemAll() throws DossierException {
        ReadDossier read = sessions.read(DIR, DataReach.INSIDE_DOSSIER);

        assertThat(read.subject("labour")).contains(Subject.of("labour"));
        assertThat(read.subject("tories")).isEmpty();
        assertThat(read.subjectIds()).isEqualTo("labour");
    }

    private static ImportFileCommand command(String source, ImportFileCommand.Mode mode) {
        return new ImportFileCommand(source, () -> new ByteArrayInputStream(new byte[0]), Optional.of(Subject.of("labour")),
                Optional.of(Platform.TWITTER), Optional.of("canonical-csv"), mode);
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
