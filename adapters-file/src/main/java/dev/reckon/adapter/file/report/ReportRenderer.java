package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.DossierCheck;
import java.io.IOException;
import java.io.Writer;

/** Writes the outcome of checking a dossier in one format. */
public interface ReportRenderer {

    void render(DossierCheck check, Writer out) throws IOException;
}
