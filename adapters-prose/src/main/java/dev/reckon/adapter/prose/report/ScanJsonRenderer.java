package dev.reckon.adapter.prose.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.application.port.in.ScanReportView;
import dev.reckon.application.port.in.TextScan;
import java.io.IOException;
import java.io.Writer;

/** Writes {@link ScanReportView} (the JSON contract, docs/scan.md), indented with two spaces and {@code \n} line ends. */
public final class ScanJsonRenderer implements ScanRenderer {

    private final ObjectWriter writer;

    public ScanJsonRenderer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build().writer(printer);
    }

    @Override
    public void render(TextScan scan, Writer out) throws IOException {
        writer.writeValue(out, ScanReportView.of(scan));
        out.write("\n");
    }
}
