package dev.reckon.domain.series;

import dev.reckon.domain.number.DigitGrouping;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.TreeMap;

/** How amounts and windows are written in rules and notes, for a reader who is not a programmer. */
final class EvidenceWording {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private EvidenceWording() {
    }

    /** {@code 28,121}, {@code [324,500,000, 325,500,000]}, {@code [0, +inf]}. */
    static String amount(Interval value) {
        if (value.isExact()) {
            return grouped(value.lo().orElseThrow());
        }
        return "[" + value.lo().map(EvidenceWording::grouped).orElse("-inf") + ", "
                + value.hi().map(EvidenceWording::grouped).orElse("+inf") + "]";
    }

    /** {@code 436000.50} as {@code 436,000.5}: evidence shows a value, not the precision it was stored at. */
    static String grouped(BigDecimal value) {
        return DigitGrouping.grouped(value.stripTrailingZeros());
    }

    /**
     * Where observations came from, file by file: {@code page.csv:3}, {@code page.csv lines 3 to 9},
     * {@code a.csv:2 and b.csv lines 4 to 5}.
     */
    static String sources(List<Observation> observations) {
        Map<String, LongSummaryStatistics> lines = new TreeMap<>();
        for (Observation observation : observations) {
            lines.computeIfAbsent(observation.provenance().source(), s -> new LongSummaryStatistics())
                    .accept(observation.provenance().line().orElse(0));
        }
        List<String> files = new ArrayList<>();
        // A file with any observation that has no line is named alone: a range would claim lines it cannot show.
        lines.forEach((file, range) -> files.add(range.getMin() == 0 ? file
                : range.getMin() == range.getMax() ? Provenance.of(file, range.getMin()).location()
                : file + " lines " + range.getMin() + " to " + range.getMax()));
        return String.join(" and ", files);
    }

    /** The text with its first letter in upper case, to start a sentence. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code 2019-12-01}, {@code 2019-12-01 to 2019-12-07}, or local times when not whole days. */
    static String window(Window window, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(window.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(window.end(), zone);
        if (window.isInstant()) {
            return MINUTE.format(start) + " " + zone.getId();
        }
        if (isWholeDays(start, end)) {
            LocalDate last = end.toLocalDate().minusDays(1);
            return start.toLocalDate().equals(last) ? last.toString() : start.toLocalDate() + " to " + last;
        }
        return MINUTE.format(start) + " to " + MINUTE.format(end) + " " + zone.getId();
    }

    /** {@code daily}, {@code 7-day}, {@code 28-day}; {@code 6-hour}; otherwise empty. */
    static String grain(Window window, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(window.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(window.end(), zone);
        if (isWholeDays(start, end)) {
            long days = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
            return days == 1 ? "daily" : days + "-day";
        }
        Duration duration = window.duration();
        if (!duration.isZero() && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
            return duration.toHours() + "-hour";
        }
        return "";
    }

    /** {@code the 7-day figure for 2019-12-01 to 2019-12-07}. */
    static String figureFor(Window window, ZoneId zone) {
        String grain = grain(window, zone);
        return "the " + (grain.isEmpty() ? "" : grain + " ") + "figure for " + window(window, zone);
    }

    private static boolean isWholeDays(LocalDateTime start, LocalDateTime end) {
        return start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT)
                && end.isAfter(start);
    }
}
