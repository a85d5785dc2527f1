package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.application.port.out.ImportContext;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How an import report names the zone a file's dates were read in: a date means a different day
 * in another zone, so a report that does not say which one was assumed hides how it was read.
 */
public final class DataZones {

    private DataZones() {
    }

    /** {@code Europe/London, the dossier's zone}, or the entry's own zone when it gives one. */
    public static String named(ImportContext context) {
        return context.entryZone().map(zone -> name(zone) + ", the zone its dossier entry gives")
                .orElseGet(() -> name(context.zone()) + ", the dossier's zone");
    }

    /** The zone's id, with {@code UTC} rather than the offset's {@code Z}. */
    private static String name(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** Notes that the file's dates, labels of whole days, are days of the file's zone. */
    public static void noteDays(ImportContext context, ReportBuilder report) {
        report.note("dates are read as days of " + named(context));
    }

    /** Notes that the file's times, written without an offset, are times of the file's zone. */
    public static void noteTimes(ImportContext context, ReportBuilder report) {
        report.note("times are read in " + named(context));
    }
}
