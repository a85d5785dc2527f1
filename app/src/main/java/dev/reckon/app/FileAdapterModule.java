package dev.reckon.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.canonical.PostJsonLinesReader;
import dev.reckon.adapter.file.dossier.FileDossierSource;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.adapter.file.report.ComparisonTextRenderer;
import dev.reckon.adapter.file.report.JsonReportRenderer;
import dev.reckon.adapter.file.report.MarkdownReportRenderer;
import dev.reckon.application.port.out.DossierSource;
import dev.reckon.application.port.out.ExportImporter;
import java.util.ArrayList;
import java.util.List;

/** The file adapters: the dossier reader, the export readers and the report renderers. */
public final class FileAdapterModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(DossierSource.class).to(FileDossierSource.class);
        bind(JsonReportRenderer.class);
        bind(MarkdownReportRenderer.class);
        bind(ComparisonTextRenderer.class);
    }

    /**
     * Every export format Reckon reads: the canonical formats, then the platforms' own exports. No
     * two readers accept the same header, so the order only decides which is named first when a
     * file fits none. Built when a file is first read, which a check of an unchanged dossier never does.
     */
    @Provides
    @Singleton
    ExportImporter exportImporter() {
        return new OnFirstUseImporter(FileAdapterModule::everyReader);
    }

    private static ExportImporter everyReader() {
        List<ExportReader> readers = new ArrayList<>();
        readers.add(new CanonicalCsvReader());
        readers.add(new CanonicalJsonLinesReader());
        readers.add(new PostJsonLinesReader());
        readers.addAll(PlatformReaders.all());
        return new ExportReaderRegistry(readers);
    }
}
