package dev.reckon.adapter.file.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformReadersTest {

    private static List<ExportReader> everyReader() {
        List<ExportReader> readers = new ArrayList<>(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader()));
        readers.addAll(PlatformReaders.all());
        return readers;
    }

    private final ExportReaderRegistry registry = new ExportReaderRegistry(everyReader());

    @ParameterizedTest
    @CsvSource({
        "twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv, x-tweet-activity",
        "twitter/tweet_activity_metrics_CampaignHQ_20150501_20150601_en.csv, x-tweet-activity",
        "twitter/daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv, x-daily-activity",
        "facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19.csv, facebook-insights-page",
        "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv, facebook-insights-posts",
        "facebook/Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv, facebook-insights-video-posts",
        "facebook/Facebook Insights Data Export - Campaign HQ - 2017-06-01 - 2017-06-02.csv, facebook-insights-page",
        "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2017-06-01 - 2017-06-02.csv, facebook-insights-posts",
        "meta/Views.csv, meta-page-series",
        "meta/Viewers.csv, meta-viewers",
        "meta/FollowerHistory.csv, meta-follower-history",
        "meta/Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv, meta-organic-posts",
        "crowdtangle/2023-11-14-10-00-00-EST-Historical-Report-CampaignHQ.csv, crowdtangle-posts",
        "crowdtangle/crowdtangle-group-2019.csv, crowdtangle-posts",
        "youtube/Table data.csv, youtube-table-data",
        "youtube/Chart data.csv, youtube-chart-data",
        "youtube/Totals.csv, youtube-totals",
        "donations/actblue-contributions.csv, actblue-contributions",
        "donations/unified_payments.csv, stripe-payments",
        "donations/financial_transactions.csv, nationbuilder-transactions",
    })
    void exactly_one_reader_takes_each_fixture_even_renamed(String fixture, String format) throws Exception {
        var input = Inputs.file(Inputs.fixture(fixture), "renamed.csv",
                Inputs.withSubject(Inputs.LONDON, Inputs.HQ));
        var header = Inputs.header(input);

        assertThat(registry.readerFor(input).format()).isEqualTo(format);
        assertThat(everyReader()).filteredOn(r -> r.recognise(header).matches()).hasSize(1);
    }

    @Test
    void exactly_one_reader_takes_each_real_export() throws IOException, UnrecognisedExportException {
        for (String folder : List.of("x-analytics", "facebook-insights", "meta-business-suite")) {
            Path dir = Inputs.realExports(folder);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    var header = Inputs.header(Inputs.file(file, Inputs.withSubject(Inputs.LONDON, Inputs.HQ)));
                    assertThat(everyReader()).as(file.toString())
                            .filteredOn(r -> r.recognise(header).matches()).hasSize(1);
                }
            }
        }
    }

    @Test
    void a_reader_forced_on_another_kind_of_file_says_so_and_reads_nothing() throws IOException {
        var input = Inputs.file(Inputs.fixture("meta/Viewers.csv"), Inputs.withSubject(Inputs.LONDON, Inputs.HQ));
        for (ExportReader reader : PlatformReaders.all()) {
            if (reader.format().equals("meta-viewers")) {
                continue;
            }
            RecordingSink sink = new RecordingSink();

            var report = reader.read(input, sink);

            assertThat(sink.observations).as(reader.format()).isEmpty();
            assertThat(report.problems()).as(reader.format()).isNotEmpty();
        }
    }

    @Test
    void formats_are_distinct_and_named_for_the_dossier() {
        assertThat(registry.formats()).doesNotHaveDuplicates().contains("x-tweet-activity", "facebook-insights-page",
                "meta-viewers");
    }
}
