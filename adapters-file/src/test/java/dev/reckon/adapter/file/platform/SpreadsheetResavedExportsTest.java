package dev.reckon.adapter.file.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Window;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every platform export, saved again the way users' spreadsheets save it, gives exactly the
 * observations, coverage and posts of the file the platform wrote: Excel in a European locale
 * (semicolons, decimal commas, BOM, CRLF), Excel's "Unicode text" (UTF-16LE, tabs), Google Sheets
 * (every field quoted, no BOM, LF), columns in another order, and blank rows and a totals row left
 * under the data.
 */
class SpreadsheetResavedExportsTest {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern SLASHED_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final ExportReaderRegistry registry = new ExportReaderRegistry(PlatformReaders.all());

    @ParameterizedTest
    @ValueSource(strings = {
        "twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
        "twitter/tweet_activity_metrics_CampaignHQ_20150501_20150601_en.csv",
        "twitter/daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
        "facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19.csv",
        "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
        "facebook/Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
        "facebook/Facebook Insights Data Export - Campaign HQ - 2017-06-01 - 2017-06-02.csv",
        "meta/Views.csv",
        "meta/Viewers.csv",
        "meta/FollowerHistory.csv",
        "meta/Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv",
        "crowdtangle/2023-11-14-10-00-00-EST-Historical-Report-CampaignHQ.csv",
        "crowdtangle/crowdtangle-group-2019.csv",
        "youtube/Table data.csv",
        "youtube/Chart data.csv",
        "youtube/Totals.csv",
        "donations/actblue-contributions.csv",
        "donations/unified_payments.csv",
        "donations/financial_transactions.csv",
    })
    void a_resaved_export_reads_as_the_original(String fixture) throws Exception {
        byte[] original = Files.readAllBytes(Inputs.fixture(fixture));
        String name = Inputs.fixture(fixture).getFileName().toString();
        List<List<String>> rows = records(original);
        Read expected = read(name, original);

        Read european = read(name, bytes(TextEncoding.UTF_8_BOM, write(rows, ';', false, "\r\n", SpreadsheetResavedExportsTest::european)));
        Read unicodeText = read(name, bytes(TextEncoding.UTF_16LE, write(rows, '\t', false, "\r\n", UnaryOperator.identity())));
        Read sheets = read(name, bytes(TextEncoding.UTF_8, write(rows, ',', true, "\n", UnaryOperator.identity())));
        Read padded = read(name, bytes(TextEncoding.UTF_8, write(withBlankAndTotalsRows(rows), ',', false, "\r\n",
                UnaryOperator.identity())));

        assertThat(expected.report.rowsAccepted()).as("the fixture gives rows").isPositive();
        for (Read resaved : List.of(european, unicodeText, sheets, padded)) {
            // The same cells are refused; a reason may give its example in the file's own spelling (25,00).
            assertThat(resaved.report.problems()).as(resaved.label).extracting(p -> p.line(), p -> p.column(), p -> p.field())
                    .isEqualTo(expected.report.problems().stream().map(p -> tuple(p.line(), p.column(), p.field())).toList());
            assertThat(resaved.sink.observations).as(resaved.label).isEqualTo(expected.sink.observations);
            assertThat(resaved.sink.coverage).as(resaved.label).isEqualTo(expected.sink.coverage);
            assertThat(resaved.sink.posts).as(resaved.label).isEqualTo(expected.sink.posts);
        }
    }

    /** The formats recognised by their columns' names; the others are told by their first columns, in place. */
    @ParameterizedTest
    @ValueSource(strings = {
        "twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
        "twitter/tweet_activity_metrics_CampaignHQ_20150501_20150601_en.csv",
        "facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19.csv",
        "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
        "facebook/Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
        "facebook/Facebook Insights Data Export - Campaign HQ - 2017-06-01 - 2017-06-02.csv",
        "meta/Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv",
        "crowdtangle/2023-11-14-10-00-00-EST-Historical-Report-CampaignHQ.csv",
        "crowdtangle/crowdtangle-group-2019.csv",
        "donations/actblue-contributions.csv",
        "donations/unified_payments.csv",
        "donations/financial_transactions.csv",
    })
    void an_export_with_its_columns_in_another_order_reads_as_the_original(String fixture) throws Exception {
        byte[] original = Files.readAllBytes(Inputs.fixture(fixture));
        String name = Inputs.fixture(fixture).getFileName().toString();
        Read expected = read(name, original);

        Read reordered = read(name, bytes(TextEncoding.UTF_8, write(reversed(records(original)), ',', false, "\r\n",
                UnaryOperator.identity())));

        assertThat(reordered.report.problems()).extracting(p -> p.line(), p -> p.field())
                .isEqualTo(expected.report.problems().stream().map(p -> tuple(p.line(), p.field())).toList());
        assertThat(reordered.report.rowsAccepted()).isPositive().isEqualTo(expected.report.rowsAccepted());
        assertThat(reordered.sink.observations).containsExactlyInAnyOrderElementsOf(expected.sink.observations);
        assertThat(reordered.sink.coverage).containsExactlyInAnyOrderElementsOf(expected.sink.coverage);
        assertThat(reordered.sink.posts).containsExactlyInAnyOrderElementsOf(expected.sink.posts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19.csv",
        "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
        "meta/Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv",
    })
    void dates_a_spreadsheet_saved_day_first_read_as_the_original(String fixture) throws Exception {
        byte[] original = Files.readAllBytes(Inputs.fixture(fixture));
        String name = Inputs.fixture(fixture).getFileName().toString();
        List<List<String>> dayFirst = records(original).stream()
                .map(row -> row.stream().map(cell -> SLASHED_DATE.matcher(cell).replaceAll("$2/$1/$3")).toList())
                .toList();

        Read expected = read(name, original);
        Read resaved = read(name, bytes(TextEncoding.UTF_8, write(dayFirst, ',', false, "\r\n", UnaryOperator.identity())));

        assertThat(resaved.report.notes()).anySatisfy(note -> assertThat(note).contains("dates are written day first"));
        assertThat(resaved.sink.observations).isNotEmpty().isEqualTo(expected.sink.observations);
        assertThat(resaved.sink.coverage).isEqualTo(expected.sink.coverage);
        assertThat(resaved.sink.posts).isEqualTo(expected.sink.posts);
    }

    @Test
    void a_date_whose_day_and_month_cannot_be_told_in_a_file_of_both_orders_is_refused() throws Exception {
        String page = "Date,Daily Total Impressions\r\n,Daily: The number of impressions (Total Count)\r\n"
                + "8/19/2015,10\r\n20/08/2015,20\r\n08/09/2015,30\r\n";

        Read read = read("Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-09-30.csv",
                page.getBytes(StandardCharsets.UTF_8));

        assertThat(read.report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).hasValue(5);
            assertThat(problem.reason()).isEqualTo("expected a date whose day and month can be told apart, like"
                    + " 8/19/2015 or 19/8/2015 (the file writes some dates month first, others day first) but found"
                    + " '08/09/2015'");
        });
        assertThat(read.sink.observations).extracting(o -> o.window().start())
                .containsExactly(Window.ofDay(LocalDate.of(2015, 8, 19), Inputs.LONDON).start(),
                        Window.ofDay(LocalDate.of(2015, 8, 20), Inputs.LONDON).start());
    }

    @Test
    void reckons_own_csv_saved_with_semicolons_is_refused_by_naming_them_not_read_as_one_column() {
        ExportReaderRegistry canonical = new ExportReaderRegistry(List.of(new CanonicalCsvReader()));
        byte[] bytes = "subject;platform;metric;from;to;segment;value\r\nhq;twitter;impressions;2021-11-01;2021-11-01;;1.234\r\n"
                .getBytes(StandardCharsets.UTF_8);
        ExportInput input = new ExportInput("observations.csv", () -> new ByteArrayInputStream(bytes),
                Inputs.withSubject(Inputs.LONDON, Inputs.HQ));

        assertThatThrownBy(() -> canonical.readerFor(input)).hasMessageContaining("canonical-csv: its fields are"
                + " separated by semicolons, and canonical CSV separates them with commas");
    }

    private record Read(String label, ImportReport report, RecordingSink sink) {
    }

    private Read read(String name, byte[] bytes) throws Exception {
        ImportContext context = new ImportContext(Inputs.LONDON, MetricCatalogue.builtIn(), SubjectDirectory.empty(),
                Optional.of(Inputs.HQ), Optional.empty(),
                Optional.of(Window.ofDays(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31), Inputs.LONDON)),
                Optional.of(Year.of(2025)), Optional.empty(), "import-1");
        ExportInput input = new ExportInput(name, () -> new ByteArrayInputStream(bytes), context);
        RecordingSink sink = new RecordingSink();
        ImportReport report = registry.read(input, sink);
        return new Read(report.encoding() + " " + report.notes(), report, sink);
    }

    /** The file's records, as a spreadsheet opening it sees them. */
    private static List<List<String>> records(byte[] bytes) throws IOException {
        TextEncoding encoding = TextDecoding.detect(bytes);
        String text = new String(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(), encoding.charset());
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text))) {
            while (reader.next()) {
                rows.add(reader.record().toList());
            }
        }
        return rows;
    }

    /** A cell as Excel in a European locale writes it: decimal commas, points between thousands. */
    private static String european(String cell) {
        if (DECIMAL.matcher(cell).matches()) {
            return cell.replace('.', ',');
        }
        return GROUPED.matcher(cell).matches() ? cell.replace(',', ' ').replace('.', ',').replace(' ', '.') : cell;
    }

    /** The columns in the opposite order; a preamble line (Meta's {@code sep=}, its series name) stays as it is. */
    private static List<List<String>> reversed(List<List<String>> rows) {
        int width = rows.get(rows.size() - 1).size();
        return rows.stream().map(row -> {
            if (row.size() != width) {
                return row;
            }
            List<String> reversed = new ArrayList<>(row);
            Collections.reverse(reversed);
            return reversed;
        }).toList();
    }

    private static List<List<String>> withBlankAndTotalsRows(List<List<String>> rows) {
        int width = rows.get(rows.size() - 1).size();
        List<String> blank = Collections.nCopies(width, "");
        List<String> totals = new ArrayList<>(blank);
        totals.set(0, "Total");
        List<List<String>> padded = new ArrayList<>(rows);
        padded.add(blank);
        padded.add(totals);
        padded.add(blank);
        padded.add(blank);
        return padded;
    }

    private static String write(List<List<String>> rows, char separator, boolean quoteAll, String lineEnd,
                                UnaryOperator<String> cell) {
        return rows.stream().map(row -> row.stream().map(cell)
                        .map(field -> quoteAll || needsQuotes(field, separator)
                                ? '"' + field.replace("\"", "\"\"") + '"' : field)
                        .collect(Collectors.joining(String.valueOf(separator))))
                .collect(Collectors.joining(lineEnd, "", lineEnd));
    }

    private static boolean needsQuotes(String field, char separator) {
        return field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
    }

    private static byte[] bytes(TextEncoding encoding, String text) {
        byte[] bom = encoding.equals(TextEncoding.UTF_8_BOM) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : encoding.equals(TextEncoding.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
        byte[] body = text.getBytes(encoding.charset());
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }
}
