package dev.reckon.app;

import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An importer whose readers are built when a file is first read: a check of a dossier whose files
 * are all unchanged reads none, and loads none of the readers' classes.
 */
final class OnFirstUseImporter implements ExportImporter {

    private final Supplier<ExportImporter> build;
    private volatile ExportImporter built;

    OnFirstUseImporter(Supplier<ExportImporter> build) {
        this.build = Objects.requireNonNull(build, "build is null");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException {
        return importer().read(input, sink);
    }

    @Override
    public List<String> formats() {
        return importer().formats();
    }

    private ExportImporter importer() {
        ExportImporter local = built;
        if (local == null) {
            synchronized (this) {
                local = built;
                if (local == null) {
                    local = Objects.requireNonNull(build.get(), "the importer built is null");
                    built = local;
                }
            }
        }
        return local;
    }
}
