package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import java.io.IOException;

/**
 * What a read of a canonical file, CSV or JSON Lines, begins and ends with, so that both say the
 * same of their encoding, zone and coverage.
 *
 * @param encoding the file's text encoding, detected from its first bytes
 * @param tally    the report being built
 * @param coverage the windows the file's series cover
 */
record CanonicalRead(TextEncoding encoding, ReportBuilder tally, CoverageCollector coverage) {

    /** Detects the file's encoding and notes in its report the zone its dates and times are read in. */
    static CanonicalRead start(ExportInput input, String format) throws IOException {
        TextEncoding encoding = TextDecoding.detect(input.opener());
        ReportBuilder tally = new ReportBuilder(input.source(), format, encoding.label());
        tally.note("dates, and times without an offset, are read in " + DataZones.named(input.context()));
        return new CanonicalRead(encoding, tally, new CoverageCollector(input.context().covers()));
    }

    /** The report, once the windows covered have gone to {@code sink} and into it. */
    ImportReport finish(ObservationSink sink, String source) {
        coverage.emit(sink, source).forEach(tally::covered);
        return tally.build();
    }
}
