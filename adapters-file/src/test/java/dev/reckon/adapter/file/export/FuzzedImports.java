package dev.reckon.adapter.file.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.ByteArrayInputStream;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every fuzz target of the file readers shares: fuzzed bytes as an input, and the property a
 * read must have whatever the bytes. A reader answers with a report whose counts add up and whose
 * problems are located in the file; it never throws; and nothing it accepted is lost on the way
 * to the sink.
 */
public final class FuzzedImports {

    /** The account every platform's files name, so that readers reach the rows instead of stopping at the account. */
    public static final String ACCOUNT = "CampaignHQ";
    /** Names that readers recognise exports by, one of which a fuzzed file is given. */
    public static final String[] FILE_NAMES = {
        "observations.csv", "observations.jsonl",
        "tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
        "daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
        "Facebook Insights Data Export - Campaign HQ - 2017-06-01 - 2017-06-02.csv",
        "Facebook Insights Data Export (Post Level) - Campaign HQ - 2017-06-01 - 2017-06-02.csv",
        "Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
        "Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv", "Viewers.csv", "Views.csv", "Follows.csv",
        "FollowerHistory.csv", "2023-11-14-10-00-00-EST-Historical-Report-CampaignHQ.csv", "Table data.csv",
        "Chart data.csv", "Totals.csv", "actblue-contributions.csv", "unified_payments.csv",
        "financial_transactions.csv"};

    private FuzzedImports() {
    }

    /** A context where subject {@code hq} has {@link #ACCOUNT} on every platform, the year is 2025 and the format is {@code format}. */
    public static ImportContext context(Optional<String> format) {
        Map<Platform, String> accounts = Arrays.stream(Platform.values())
                .collect(Collectors.toMap(Function.identity(), p -> ACCOUNT));
        return new ImportContext(ZoneId.of("Europe/London"), MetricCatalogue.builtIn(),
                SubjectDirectory.of(Map.of(Subject.of("hq"), accounts)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Year.of(2025)), format, "fuzz");
    }

    public static ExportInput input(String fileName, byte[] bytes, ImportContext context) {
        return new ExportInput("data/" + fileName, () -> new ByteArrayInputStream(bytes), context);
    }

    /**
     * The property of every read: counts that add up, at most {@link ImportReport#MAX_LISTED_PROBLEMS}
     * problems each placed on a line of the file (0 for the file as a whole), and accepted rows with
     * columns read into metrics present in the sink, as observations or coverage from lines of the file.
     */
    public static void assertWellReported(ImportReport report, RecordingSink sink, byte[] bytes) {
        long lines = lines(bytes);
        assertThat(report.rowsRead()).isNotNegative();
        assertThat(report.rowsAccepted()).isNotNegative();
        assertThat(report.rowsRejected()).isNotNegative();
        assertThat(report.rowsAccepted() + report.rowsRejected()).isLessThanOrEqualTo(report.rowsRead());
        assertThat(report.problems()).hasSizeLessThanOrEqualTo(ImportReport.MAX_LISTED_PROBLEMS);
        for (RowProblem problem : report.problems()) {
            problem.line().ifPresent(line -> assertThat(line).as("%s", problem).isBetween(1L, lines));
            problem.column().ifPresent(column -> assertThat(column).as("%s", problem).isPositive());
            assertThat(problem.reason()).as("%s", problem).isNotBlank();
        }
        // A row is accepted when nothing in it is wrong; it gives observations only through columns read into metrics.
        if (report.rowsAccepted() > 0 && !report.mappedColumns().isEmpty()) {
            assertThat(sink.observations.size() + sink.coverage.size())
                    .as("%d rows accepted, columns %s read, but nothing reached the sink", report.rowsAccepted(),
                            report.mappedColumns())
                    .isPositive();
        }
        for (Observation observation : sink.observations) {
            assertThat(observation.provenance().line().orElse(0)).as("%s", observation).isBetween(0L, lines);
        }
    }

    /** Lines as a reader numbers them: one more than the line feeds, and a lone return ends a line too. */
    private static long lines(byte[] bytes) {
        long breaks = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                breaks++;
            }
        }
        return breaks + 1;
    }
}
