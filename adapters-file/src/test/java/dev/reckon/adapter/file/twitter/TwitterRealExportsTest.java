package dev.reckon.adapter.file.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three monthly per-tweet exports of @rOpenSci in shared/real-exports/x-analytics. Expected
 * figures were computed by hand with Python's csv module, independent of Reckon:
 * {@code rows = list(csv.reader(open(f))); sum(float(r[h.index('impressions')]) for r in rows[1:])},
 * and likewise for the other columns; tweets are the data rows.
 */
class TwitterRealExportsTest {

    private final TweetActivityReader reader = new TweetActivityReader();

    @ParameterizedTest
    @CsvSource({
        "20170101_20170201, 2017-01-01, 2017-01-31, 37, 103068, 1287, 94, 5, 187",
        "20170201_20170301, 2017-02-01, 2017-02-28, 25, 124783, 2940, 228, 11, 315",
        "20170301_20170401, 2017-03-01, 2017-03-31, 26, 88555, 1515, 111, 7, 251",
    })
    void reads_the_monthly_exports_of_ropensci(String window, LocalDate first, LocalDate last, long tweets,
                                               String impressions, String engagements, String retweets,
                                               String replies, String likes) throws IOException {
        Path file = Inputs.realExports("x-analytics").resolve("tweet_activity_metrics_rOpenSci_" + window + "_en.csv");
        ImportContext context = Inputs.context(ZoneOffset.UTC, Inputs.accounts(Map.of(Platform.TWITTER, "ropensci")));
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(file, context), sink);

        assertThat(reader.recognise(Inputs.header(Inputs.file(file, context))).matches()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(tweets);
        assertThat(report.rowsAccepted()).isEqualTo(tweets);
        assertThat(sink.total("posts")).isEqualByComparingTo(String.valueOf(tweets));
        assertThat(sink.total("post_impressions")).isEqualByComparingTo(impressions);
        assertThat(sink.total("post_engagements")).isEqualByComparingTo(engagements);
        assertThat(sink.total("post_retweets")).isEqualByComparingTo(retweets);
        assertThat(sink.total("post_replies")).isEqualByComparingTo(replies);
        assertThat(sink.total("post_likes")).isEqualByComparingTo(likes);
        assertThat(sink.observations).allMatch(o -> Window.ofDays(first, last, ZoneOffset.UTC).contains(o.window()));
        assertThat(sink.coverageOf("post_impressions")).containsExactly(Window.ofDays(first, last, ZoneOffset.UTC));
    }
}
