package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.TextScan;
import java.io.IOException;
import java.io.Writer;

/** Writes a text's scan in one format. */
public interface ScanRenderer {

    void render(TextScan scan, Writer out) throws IOException;
}
