package dev.reckon.adapter.file.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.report.ReportView;
import java.io.IOException;
import java.io.Writer;

/** Writes {@link ReportView} (the JSON contract), indented with two spaces and {@code \n} line ends whatever the platform. */
public final class JsonReportRenderer implements ReportRenderer {

    private final ObjectWriter writer;

    public JsonReportRenderer() {
        this.writer = IndentedJson.writer();
    }

    @Override
    public void render(DossierCheck check, Writer out) throws IOException {
        writer.writeValue(out, ReportView.of(check));
        out.write("\n");
    }
}
