package dev.reckon.adapter.file.donations;

import dev.reckon.domain.number.Amount;
import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The donations of one file, added up per day while it is read: the money given (additive, in the
 * file's one currency) and the donors (distinct: counted once however often they gave). Donors are
 * counted per day and over the whole window the file covers, since the donors of a month are not
 * the sum of the donors of its days. A donation without a donor id or e-mail could come from a donor
 * already counted or a new one, so it widens the count to {@code [known, known + such donations]}.
 */
final class DonationLedger {

    static final String AMOUNT = "donations_amount";
    static final String DONORS = "donors";

    private final NavigableMap<LocalDate, Day> days = new TreeMap<>();
    private final Set<DonorKey> allDonors = new HashSet<>();
    private long allAnonymous;
    private final Map<LocalDate, Long> rejectedByDay = new TreeMap<>();
    private long rejected;
    private boolean rejectedWithoutDay;
    private Optional<Currency> currency = Optional.empty();

    private static final class Day {
        private final long firstLine;
        private BigDecimal amount = BigDecimal.ZERO;
        private final Set<DonorKey> donors = new HashSet<>();
        private long anonymous;

        private Day(long firstLine) {
            this.firstLine = firstLine;
        }
    }

    /** The file's currency: the first one seen. */
    Optional<Currency> currency() {
        return currency;
    }

    void currency(Currency first) {
        if (currency.isEmpty()) {
            currency = Optional.of(first);
        }
    }

    /** A donation; a negative amount (a refund written as its own row) lowers the day's money but counts no donor. */
    void add(LocalDate day, BigDecimal amount, Optional<DonorKey> donor, long line) {
        Day tally = days.computeIfAbsent(day, d -> new Day(line));
        tally.amount = tally.amount.add(amount);
        if (amount.signum() <= 0) {
            return;
        }
        if (donor.isPresent()) {
            tally.donors.add(donor.get());
            allDonors.add(donor.get());
        } else {
            tally.anonymous++;
            allAnonymous++;
        }
    }

    /**
     * A row that could not be read: its day's money is then only a lower bound and its donor may be
     * one more, and the day is no longer known complete. Without a readable day, no day is.
     */
    void rejected(Optional<LocalDate> day) {
        rejected++;
        day.ifPresentOrElse(d -> rejectedByDay.merge(d, 1L, Long::sum), () -> rejectedWithoutDay = true);
    }

    /**
     * Emits the daily money and donors, the donors over {@code window}, and the coverage: the file is
     * complete over {@code window}, or, when none is declared, over every day from its first to its
     * last donation (an export of a date range holds every donation between).
     */
    void finish(Emitter emitter, ReportBuilder report, Optional<Window> declared) {
        if (days.isEmpty()) {
            if (rejected == 0) {
                declared.ifPresent(window -> {
                    emitter.cover(AMOUNT, Segment.TOTAL, window);
                    emitter.cover(DONORS, Segment.TOTAL, window);
                });
            }
            return;
        }
        days.forEach((day, tally) -> {
            long unread = rejectedByDay.getOrDefault(day, 0L);
            Interval amount = unread > 0 ? Interval.atLeast(tally.amount) : Interval.exactly(tally.amount);
            emitter.observe(AMOUNT, Window.ofDay(day, emitter.zone()), Segment.TOTAL, new Amount(amount, currency),
                    tally.firstLine);
            emitter.observeDay(DONORS, day, Segment.TOTAL, donors(tally.donors.size(), tally.anonymous + unread),
                    tally.firstLine);
        });
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        Window window = declared.orElse(Window.ofDays(first, last, emitter.zone()));
        if (!window.equals(Window.ofDay(first, emitter.zone()))) {
            emitter.observe(DONORS, window, Segment.TOTAL, donors(allDonors.size(), allAnonymous + rejected),
                    days.get(first).firstLine);
        }
        cover(emitter, report, declared, first, last);
        report.note(allDonors.size() + " distinct donors" + (allAnonymous > 0
                ? " and " + allAnonymous + " donations without a donor id or e-mail" : "")
                + "; donor ids and e-mails are used for counting only and are not kept");
    }

    private void cover(Emitter emitter, ReportBuilder report, Optional<Window> declared, LocalDate first,
                       LocalDate last) {
        if (rejectedWithoutDay || (declared.isPresent() && rejected > 0)) {
            report.note("no covered window: a rejected row could be on any day of it");
            return;
        }
        if (declared.isPresent()) {
            emitter.cover(AMOUNT, Segment.TOTAL, declared.get());
            emitter.cover(DONORS, Segment.TOTAL, declared.get());
            return;
        }
        DayRuns span = new DayRuns();
        span.addRange(first, last);
        rejectedByDay.keySet().forEach(span::remove);
        emitter.cover(AMOUNT, Segment.TOTAL, span);
        emitter.cover(DONORS, Segment.TOTAL, span);
        if (!rejectedByDay.isEmpty()) {
            report.note("days with a rejected row are not covered: " + rejectedByDay.keySet());
        }
    }

    private static Interval donors(long known, long anonymous) {
        return Interval.of(BigDecimal.valueOf(known), BigDecimal.valueOf(known + anonymous));
    }
}
