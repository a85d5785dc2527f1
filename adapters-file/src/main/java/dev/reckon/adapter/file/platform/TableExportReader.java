package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ExportReader;
import java.util.Objects;

/** A reader of one platform's export table, known by the format id it is made with. */
public abstract class TableExportReader implements ExportReader {

    private final String format;

    protected TableExportReader(String format) {
        this.format = Objects.requireNonNull(format, "format is null");
    }

    @Override
    public final String format() {
        return format;
    }
}
