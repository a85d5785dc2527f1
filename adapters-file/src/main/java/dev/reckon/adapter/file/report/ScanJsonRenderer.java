package dev.reckon.adapter.file.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.reckon.report.ScanReportView;
import dev.reckon.application.port.in.TextScan;
import java.io.IOException;
import java.io.Writer;

/** Writes {@link ScanReportView} (the JSON contract, docs/scan.md), indented with two spaces and {@code \n} line ends. */
public final class ScanJsonRenderer implements ScanRenderer {

    private final ObjectWriter writer;

    public ScanJsonRenderer() {
        this.writer = IndentedJson.writer();
    }

    @Override
    public void render(TextScan scan, Writer out) throws IOException {
        writer.writeValue(out, ScanReportView.of(scan));
        out.write("\n");
    }
}
