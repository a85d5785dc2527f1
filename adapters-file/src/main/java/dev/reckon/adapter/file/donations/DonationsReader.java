package dev.reckon.adapter.file.donations;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Donation exports (ActBlue contributions, Stripe unified payments, NationBuilder financial
 * transactions) read into {@code donations_amount} (money given each day, in the file's currency)
 * and {@code donors} (distinct donors each day and over the whole window the file covers). Donor
 * ids and e-mail addresses are used to count donors and for nothing else: they are not stored,
 * logged or repeated in any message. The files do not name the campaign, so the dossier entry gives
 * the subject; the platform is {@code web} unless the entry says otherwise.
 */
public final class DonationsReader implements ExportReader {

    private final DonationFormat format;

    private DonationsReader(DonationFormat format) {
        this.format = format;
    }

    public static DonationsReader actBlue() {
        return new DonationsReader(DonationFormat.actBlue());
    }

    public static DonationsReader stripe() {
        return new DonationsReader(DonationFormat.stripe());
    }

    public static DonationsReader nationBuilder() {
        return new DonationsReader(DonationFormat.nationBuilder());
    }

    @Override
    public String format() {
        return format.id();
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        return ExportTable.hasColumns(header, format.required(),
                "this donations export has the columns " + String.join(", ", format.required()));
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, format.id(), format.required(), (table, headers, report) -> {
            Platform platform = context.platform().orElse(Platform.WEB);
            Optional<Subject> subject = AccountSubject.resolve(context, platform, Optional.empty(), report);
            if (subject.isEmpty()) {
                return;
            }
            Columns columns = new Columns(headers, report);
            Emitter emitter = new Emitter(sink, report, subject.get(), platform, context.zone(), context.importId(),
                    Optional.empty());
            report.note(format.utc() ? "times are read in UTC, as the file's column says"
                    : "times without an offset are read in " + DataZones.named(context));
            DonationLedger ledger = new DonationLedger();
            Skipped skipped = new Skipped();
            table.forEachRow(headers, report, row -> {
                report.rowRead();
                if (columns.filter >= 0 && !format.counts(row.text(columns.filter))) {
                    skipped.rows++;
                    return;
                }
                Optional<LocalDate> day = donation(row, columns, context, ledger);
                if (row.isFaulty()) {
                    ledger.rejected(day);
                }
                report.rowEnded(row.isFaulty());
            });
            ledger.finish(emitter, report, context.covers());
            if (skipped.rows > 0) {
                report.note(skipped.rows + " rows were not counted: " + format.counts().skippedBecause());
            }
        });
    }

    /** Reads one donation into the ledger; gives its day when it could be read. */
    private Optional<LocalDate> donation(RowCells row, Columns columns, ImportContext context, DonationLedger ledger) {
        Optional<LocalDate> day = row.parseUnquoted(columns.time,
                text -> format.instant(text, context.dataZone()).atZone(context.zone()).toLocalDate(),
                "a time like 2026-05-09 17:33:08");
        Optional<MoneyCells.Money> amount = MoneyCells.read(row.text(columns.amount), row.decimalMark(),
                reason -> row.problem(columns.amount, reason));
        Optional<MoneyCells.Money> refunded = columns.refunded < 0 ? Optional.empty()
                : MoneyCells.read(row.text(columns.refunded), row.decimalMark(),
                        reason -> row.problem(columns.refunded, reason));
        if (amount.isEmpty() && !row.isFaulty()) {
            row.problem(columns.amount, "expected an amount of money but the cell is empty");
        }
        Optional<Currency> currency = currency(row, columns, amount);
        if (row.isFaulty() || day.isEmpty() || amount.isEmpty() || currency.isEmpty()) {
            return day;
        }
        ledger.currency(currency.get());
        if (!ledger.currency().orElseThrow().equals(currency.get())) {
            row.problem(columns.currency >= 0 ? columns.currency : columns.amount, "this donation is in "
                    + currency.get() + " but the file's first is in " + ledger.currency().orElseThrow()
                    + ": amounts in different currencies cannot be added");
            return day;
        }
        BigDecimal net = amount.get().amount().subtract(refunded.map(MoneyCells.Money::amount).orElse(BigDecimal.ZERO));
        ledger.add(day.get(), net, donor(row, columns), row.line());
        return day;
    }

    private Optional<Currency> currency(RowCells row, Columns columns, Optional<MoneyCells.Money> amount) {
        if (columns.currency >= 0 && !row.text(columns.currency).isBlank()) {
            String code = MoneyCells.strip(row.text(columns.currency)).toUpperCase(Locale.ROOT);
            try {
                return Optional.of(Currency.getInstance(code));
            } catch (IllegalArgumentException e) {
                row.problem(columns.currency, "expected a currency code such as gbp or usd");
                return Optional.empty();
            }
        }
        Optional<Currency> fromSign = amount.flatMap(MoneyCells.Money::currency).or(format::fixedCurrency);
        if (fromSign.isEmpty() && amount.isPresent()) {
            row.problem(columns.amount, "the amount does not say its currency and the file has no currency column");
        }
        return fromSign;
    }

    private static Optional<DonorKey> donor(RowCells row, Columns columns) {
        if (columns.donorId >= 0 && !MoneyCells.strip(row.text(columns.donorId)).isEmpty()) {
            return Optional.of(DonorKey.of("id", MoneyCells.strip(row.text(columns.donorId))));
        }
        if (columns.donorEmail >= 0 && !row.text(columns.donorEmail).isBlank()) {
            return Optional.of(DonorKey.of("email", row.text(columns.donorEmail)));
        }
        return Optional.empty();
    }

    /** Rows that are not donations that count (refunded, unpaid, failed). */
    private static final class Skipped {
        private long rows;
    }

    /** Where this file's columns are; the first of a repeated name. */
    private final class Columns {
        private final int time;
        private final int amount;
        private final int refunded;
        private final int currency;
        private final int donorId;
        private final int donorEmail;
        private final int filter;

        Columns(List<String> headers, ReportBuilder report) {
            time = ExportTable.columnOf(headers, format.time());
            amount = ExportTable.columnOf(headers, format.amount());
            refunded = format.refunded().map(name -> ExportTable.columnOf(headers, name)).orElse(-1);
            currency = format.currency().map(name -> ExportTable.columnOf(headers, name)).orElse(-1);
            donorId = ExportTable.columnOf(headers, format.donorIds());
            donorEmail = ExportTable.columnOf(headers, format.donorEmails());
            filter = ExportTable.columnOf(headers, format.counts().column());
            report.mapped(headers.get(amount), DonationLedger.AMOUNT);
            if (refunded >= 0) {
                report.mapped(headers.get(refunded), DonationLedger.AMOUNT + " (subtracted)");
            }
            for (int donor : new int[] {donorId, donorEmail}) {
                if (donor >= 0) {
                    report.mapped(headers.get(donor), DonationLedger.DONORS + " (counted, not kept)");
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                if (i != time && i != currency && i != filter) {
                    report.ignored(headers.get(i));
                }
            }
        }
    }
}
