package dev.reckon.adapter.file.donations;

import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one donation platform writes its export: the columns Reckon reads (found by name, the first
 * of a repeated name, since ActBlue repeats {@code Reserved}), when a row is a donation that
 * counts, how its time reads and in which zone.
 *
 * @param id            the format id
 * @param required      header names (lower case) that identify the export
 * @param time          the column of the donation's time
 * @param amount        the column of the amount, in major units
 * @param refunded      a column of an amount refunded, subtracted from the amount
 * @param currency      a column of the currency code
 * @param fixedCurrency the currency when the export has none (ActBlue is in US dollars)
 * @param donorIds      the column of a donor id, preferred
 * @param donorEmails   the column of a donor e-mail, when there is no id
 * @param counts        which rows are donations that count
 * @param utc           whether times are UTC (Stripe) rather than in the file's zone (its entry's, else the dossier's)
 */
record DonationFormat(String id, List<String> required, String time, String amount, Optional<String> refunded,
                      Optional<String> currency, Optional<Currency> fixedCurrency, String donorIds,
                      String donorEmails, RowFilter counts, boolean utc) {

    /** Which rows count, and why the others do not (for the report's note, never naming a donor). */
    record RowFilter(String column, Rule rule, String skippedBecause) {
    }

    /** What a filter column must hold for the row to count. */
    enum Rule {
        BLANK, NOT_BLANK, PAID
    }

    /** The shapes donation exports write times in; the first that reads the whole cell wins. */
    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][ ][XXX][xx]", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yyyy[ H:mm[:ss]]", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH));

    DonationFormat {
        Objects.requireNonNull(id, "id is null");
        required = List.copyOf(required);
        Objects.requireNonNull(time, "time is null");
        Objects.requireNonNull(amount, "amount is null");
        Objects.requireNonNull(refunded, "refunded is null");
        Objects.requireNonNull(currency, "currency is null");
        Objects.requireNonNull(fixedCurrency, "fixedCurrency is null");
        Objects.requireNonNull(donorIds, "donorIds is null");
        Objects.requireNonNull(donorEmails, "donorEmails is null");
        Objects.requireNonNull(counts, "counts is null");
    }

    static DonationFormat actBlue() {
        return new DonationFormat("actblue-contributions", List.of("receipt id", "date", "amount", "recipient"), "Date",
                "Amount", Optional.empty(), Optional.empty(), Optional.of(Currency.getInstance("USD")), "Donor ID",
                "Donor Email", new RowFilter("Refund ID", Rule.BLANK, "refunded"), false);
    }

    static DonationFormat stripe() {
        return new DonationFormat("stripe-payments", List.of("id", "created date (utc)", "amount", "currency", "status"),
                "Created date (UTC)", "Amount", Optional.of("Amount Refunded"), Optional.of("Currency"),
                Optional.empty(), "Customer ID", "Customer Email", new RowFilter("Status", Rule.PAID, "not paid"), true);
    }

    static DonationFormat nationBuilder() {
        return new DonationFormat("nationbuilder-transactions",
                List.of("nationbuilder_id", "signup_nationbuilder_id", "amount", "succeeded_at"), "succeeded_at",
                "amount", Optional.empty(), Optional.of("currency"), Optional.empty(), "signup_nationbuilder_id",
                "signup_email", new RowFilter("succeeded_at", Rule.NOT_BLANK, "not succeeded"), false);
    }

    /** Whether a row's filter cell lets it count. */
    boolean counts(String filterCell) {
        String text = MoneyCells.strip(filterCell);
        return switch (counts.rule()) {
            case BLANK -> text.isEmpty();
            case NOT_BLANK -> !text.isEmpty();
            case PAID -> text.equalsIgnoreCase("paid");
        };
    }

    /**
     * The instant of a donation written {@code 2026-05-09 17:33:08}, {@code 5/9/2026 5:33 PM},
     * {@code 2026-05-09} or with an offset; without one it is in UTC (Stripe) or the file's zone.
     */
    Instant instant(String text, ZoneId fileZone) {
        String cell = MoneyCells.strip(text);
        ZoneId zone = utc ? ZoneOffset.UTC : fileZone;
        DateTimeParseException last = null;
        for (DateTimeFormatter format : TIMES) {
            try {
                TemporalAccessor parsed = format.parseBest(cell, OffsetDateTime::from, LocalDateTime::from,
                        LocalDate::from);
                if (parsed instanceof OffsetDateTime offset) {
                    return offset.toInstant();
                }
                if (parsed instanceof LocalDateTime local) {
                    return local.atZone(zone).toInstant();
                }
                return Window.dayStart((LocalDate) parsed, zone);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }
}
