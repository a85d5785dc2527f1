package dev.reckon.adapter.file.donations;

import static dev.reckon.adapter.file.platform.Inputs.HQ;
import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DonationsReaderTest {

    private static final Path ACTBLUE = Inputs.fixture("donations/actblue-contributions.csv");
    private static final Path STRIPE = Inputs.fixture("donations/unified_payments.csv");
    private static final Path NATIONBUILDER = Inputs.fixture("donations/financial_transactions.csv");

    private static Interval between(long lo, long hi) {
        return Interval.of(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
    }

    private static LocalDate may(int year, int day) {
        return LocalDate.of(year, 5, day);
    }

    private static Observation on(RecordingSink sink, String metric, LocalDate day, ZoneId zone) {
        return sink.onDay(metric, day, zone).orElseThrow(() -> new AssertionError("no " + metric + " on " + day));
    }

    @Test
    void actblue_money_and_distinct_donors_per_day_and_over_the_file() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = DonationsReader.actBlue().read(Inputs.file(ACTBLUE, Inputs.withSubject(LONDON, HQ)), sink);

        Observation may9 = on(sink, "donations_amount", may(2026, 9), LONDON);
        assertThat(may9.value()).isEqualTo(Interval.exactly(new BigDecimal("40.00")));
        assertThat(may9.currency()).contains(Currency.getInstance("USD"));
        assertThat(may9.platform()).isEqualTo(Platform.WEB);
        // Alice gave twice on 9 May: two donors, not three.
        assertThat(on(sink, "donors", may(2026, 9), LONDON).value()).isEqualTo(Interval.exactly(2));
        // 12 May's donation names no donor: it may or may not be someone already counted.
        assertThat(on(sink, "donors", may(2026, 12), LONDON).value()).isEqualTo(between(0, 1));
        assertThat(on(sink, "donations_amount", may(2026, 12), LONDON).value())
                .isEqualTo(Interval.exactly(new BigDecimal("1015.00")));
        // The refunded donation of 10 May is not counted; the day is covered, so it counts zero.
        assertThat(sink.onDay("donations_amount", may(2026, 10), LONDON)).isEmpty();
        assertThat(report.notes()).contains("1 rows were not counted: refunded");
        // Over the file: Alice and Bob, plus the anonymous donation and the unreadable row.
        Window file = Window.ofDays(may(2026, 9), may(2026, 12), LONDON);
        assertThat(sink.within("donors", Segment.TOTAL, file).orElseThrow().value()).isEqualTo(between(2, 4));
    }

    @Test
    void an_unreadable_donation_makes_its_day_a_lower_bound_and_leaves_it_uncovered() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = DonationsReader.actBlue().read(Inputs.file(ACTBLUE, Inputs.withSubject(LONDON, HQ)), sink);

        assertThat(report.problems()).containsExactly(new RowProblem("actblue-contributions.csv", 7, 3, "Amount",
                "expected an amount of money such as 25.00"));
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsAccepted()).isEqualTo(5);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(on(sink, "donations_amount", may(2026, 11), LONDON).value())
                .isEqualTo(Interval.atLeast(new BigDecimal("50.00")));
        assertThat(on(sink, "donors", may(2026, 11), LONDON).value()).isEqualTo(between(1, 2));
        assertThat(sink.coverageOf("donations_amount")).containsExactly(
                Window.ofDays(may(2026, 9), may(2026, 10), LONDON), Window.ofDay(may(2026, 12), LONDON));
    }

    @Test
    void donor_names_ids_and_emails_never_reach_the_report() throws IOException {
        ImportReport report = DonationsReader.actBlue().read(Inputs.file(ACTBLUE, Inputs.withSubject(LONDON, HQ)),
                new RecordingSink());

        String everything = report.toString().toLowerCase(java.util.Locale.ROOT);
        assertThat(everything).doesNotContain("example.org", "alice", "dan", "d4");
        assertThat(report.mappedColumns()).contains("Donor ID -> donors (counted, not kept)");
        assertThat(DonorKey.of("email", "alice@example.org").toString()).doesNotContain("alice");
    }

    @Test
    void stripe_counts_paid_rows_net_of_refunds_on_days_of_the_dossier_zone() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = DonationsReader.stripe().read(Inputs.file(STRIPE, Inputs.withSubject(LONDON, HQ)), sink);

        // 2024-05-01 23:30 UTC is already 2 May in London.
        assertThat(on(sink, "donations_amount", may(2024, 1), LONDON).value())
                .isEqualTo(Interval.exactly(new BigDecimal("25.00")));
        // 10.00, and 40.00 of which 15.00 was refunded.
        assertThat(on(sink, "donations_amount", may(2024, 2), LONDON).value())
                .isEqualTo(Interval.exactly(new BigDecimal("35.00")));
        assertThat(on(sink, "donations_amount", may(2024, 2), LONDON).currency()).contains(Currency.getInstance("GBP"));
        assertThat(on(sink, "donors", may(2024, 2), LONDON).value()).isEqualTo(Interval.exactly(2));
        assertThat(report.notes()).contains("2 rows were not counted: not paid");
        assertThat(report.problems()).containsExactly(new RowProblem("unified_payments.csv", 7, 5, "Currency",
                "this donation is in USD but the file's first is in GBP: amounts in different currencies cannot be added"));
    }

    @Test
    void nationbuilder_reads_quoted_cells_and_counts_only_succeeded_transactions() throws IOException {
        RecordingSink sink = new RecordingSink();
        ZoneId vancouver = ZoneId.of("America/Vancouver");

        ImportReport report = DonationsReader.nationBuilder()
                .read(Inputs.file(NATIONBUILDER, Inputs.withSubject(vancouver, HQ)), sink);

        LocalDate march1 = LocalDate.of(2024, 3, 1);
        assertThat(report.problems()).isEmpty();
        assertThat(on(sink, "donations_amount", march1, vancouver).value())
                .isEqualTo(Interval.exactly(new BigDecimal("25.00")));
        assertThat(on(sink, "donations_amount", march1, vancouver).currency()).contains(Currency.getInstance("CAD"));
        assertThat(on(sink, "donors", march1, vancouver).value()).isEqualTo(Interval.exactly(1));
        assertThat(report.notes()).contains("1 rows were not counted: not succeeded");
        Window file = Window.ofDays(march1, LocalDate.of(2024, 3, 3), vancouver);
        assertThat(sink.within("donors", Segment.TOTAL, file).orElseThrow().value()).isEqualTo(Interval.exactly(2));
        assertThat(sink.coverageOf("donations_amount")).containsExactly(file);
    }

    @Test
    void a_malformed_nationbuilder_file_reports_each_bad_cell_without_donor_data() throws IOException {
        RecordingSink sink = new RecordingSink();
        String text = "nationbuilder_id,signup_nationbuilder_id,amount,succeeded_at,signup_email\n"
                + "'1,'7,'20.00,2024-03-01 10:00:00,zoe@example.org\n"
                + "'2,'8,twenty,2024-03-02 10:00:00,yan@example.org\n"
                + "'3,'9,'5.00,yesterday,xia@example.org\n";

        ImportReport report = DonationsReader.nationBuilder().read(Inputs.text("financial_transactions.csv", text,
                Inputs.withSubject(LONDON, HQ)), sink);

        assertThat(report.problems()).containsExactly(
                new RowProblem("financial_transactions.csv", 2, 3, "amount",
                        "the amount does not say its currency and the file has no currency column"),
                new RowProblem("financial_transactions.csv", 3, 3, "amount",
                        "expected an amount of money such as 25.00"),
                new RowProblem("financial_transactions.csv", 4, 4, "succeeded_at",
                        "expected a time like 2026-05-09 17:33:08"),
                new RowProblem("financial_transactions.csv", 4, 3, "amount",
                        "the amount does not say its currency and the file has no currency column"));
        assertThat(sink.observations).isEmpty();
        assertThat(report.toString()).doesNotContain("example.org");
    }

    @Test
    void no_problem_of_any_donation_platform_quotes_a_cell() throws IOException {
        String actBlue = "Receipt ID,Date,Amount,Recipient,Donor Email\n"
                + "AB1,zelda@example.org,zelda@example.org,Campaign HQ,zelda@example.org\n";
        String stripe = "id,Created date (UTC),Amount,Amount Refunded,Currency,Status,Customer Email\n"
                + "py_1,yan@example.org,yan@example.org,xia@example.org,wu@example.org,Paid,yan@example.org\n";
        String nationBuilder = "nationbuilder_id,signup_nationbuilder_id,amount,succeeded_at,signup_email\n"
                + "'1,'7,vic@example.org,vic@example.org,vic@example.org\n";

        List<RowProblem> problems = new ArrayList<>();
        problems.addAll(DonationsReader.actBlue().read(Inputs.text("actblue.csv", actBlue,
                Inputs.withSubject(LONDON, HQ)), new RecordingSink()).problems());
        problems.addAll(DonationsReader.stripe().read(Inputs.text("stripe.csv", stripe,
                Inputs.withSubject(LONDON, HQ)), new RecordingSink()).problems());
        problems.addAll(DonationsReader.nationBuilder().read(Inputs.text("nb.csv", nationBuilder,
                Inputs.withSubject(LONDON, HQ)), new RecordingSink()).problems());

        assertThat(problems).extracting(RowProblem::source, RowProblem::field, RowProblem::reason).containsExactly(
                tuple("actblue.csv", "Date", "expected a time like 2026-05-09 17:33:08"),
                tuple("actblue.csv", "Amount", "expected an amount of money such as 25.00"),
                tuple("stripe.csv", "Created date (UTC)", "expected a time like 2026-05-09 17:33:08"),
                tuple("stripe.csv", "Amount", "expected an amount of money such as 25.00"),
                tuple("stripe.csv", "Amount Refunded", "expected an amount of money such as 25.00"),
                tuple("stripe.csv", "Currency", "expected a currency code such as gbp or usd"),
                tuple("nb.csv", "succeeded_at", "expected a time like 2026-05-09 17:33:08"),
                tuple("nb.csv", "amount", "expected an amount of money such as 25.00"));
        assertThat(problems.toString()).doesNotContain("example.org");
    }

    @Test
    void a_declared_window_is_covered_and_holds_the_donors_of_the_file() throws IOException {
        RecordingSink sink = new RecordingSink();
        ZoneId vancouver = ZoneId.of("America/Vancouver");
        Window march = Window.ofDays(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), vancouver);
        var context = new dev.reckon.application.port.out.ImportContext(vancouver,
                dev.reckon.domain.metric.MetricCatalogue.builtIn(),
                dev.reckon.application.port.out.SubjectDirectory.empty(), Optional.of(HQ), Optional.empty(),
                Optional.of(march), Optional.empty(), Optional.empty(), "i");

        DonationsReader.nationBuilder().read(Inputs.file(NATIONBUILDER, context), sink);

        assertThat(sink.within("donors", Segment.TOTAL, march).orElseThrow().value()).isEqualTo(Interval.exactly(2));
        assertThat(sink.coverageOf("donors")).containsExactly(march);
    }

    @Test
    void each_platform_is_recognised_by_its_header() {
        var context = Inputs.withSubject(LONDON, HQ);
        var actblue = Inputs.header(Inputs.file(ACTBLUE, context));
        var stripe = Inputs.header(Inputs.file(STRIPE, context));
        var nationbuilder = Inputs.header(Inputs.file(NATIONBUILDER, context));

        assertThat(DonationsReader.actBlue().recognise(actblue).matches()).isTrue();
        assertThat(DonationsReader.stripe().recognise(stripe).matches()).isTrue();
        assertThat(DonationsReader.nationBuilder().recognise(nationbuilder).matches()).isTrue();
        assertThat(DonationsReader.actBlue().recognise(stripe).matches()).isFalse();
        assertThat(DonationsReader.stripe().recognise(nationbuilder).matches()).isFalse();
    }
}
