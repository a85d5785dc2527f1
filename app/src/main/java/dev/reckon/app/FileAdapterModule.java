package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.adapter.file.report.ComparisonTextRenderer;
import dev.reckon.adapter.file.report.JsonReportRenderer;
import dev.reckon.adapter.file.report.MarkdownReportRenderer;

/** The file adapters: the dossier reader, the export readers and the report renderers. */
public final class FileAdapterModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(JsonReportRenderer.class);
        bind(MarkdownReportRenderer.class);
        bind(ComparisonTextRenderer.class);
    }
}
