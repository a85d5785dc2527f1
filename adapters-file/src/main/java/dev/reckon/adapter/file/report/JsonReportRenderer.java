package dev.reckon.adapter.file.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.report.ReportView;
import java.io.IOException;
import java.io.Writer;

/** Writes {@link ReportView} (the JSON contract), indented with two spaces and {@code \n} line ends whatever the platform. */
public final class JsonReportRenderer implements ReportRenderer {

    private final ObjectWriter writer;

    public JsonReportRenderer() {
        this.writer = indentedWriter();
    }

    /** Two-space indents, {@code \n} line ends, and the target left open for what follows. */
    static ObjectWriter indentedWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build().writer(printer);
    }

    @Override
    public void render(DossierCheck check, Writer out) throws IOException {
        writer.writeValue(out, ReportView.of(check));
        out.write("\n");
    }
}
