package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Sides;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Markdown and HTML reports show, in a claim's evidence, the posts its explanation names (the JSON report's {@code posts}). */
class NamedPostsInReportsTest {

    private static final MetricId IMPRESSIONS = new MetricId("post_impressions");
    private static final Period Q1 = Period.of("2017-Q1", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31),
            ReportFixtures.LONDON);

    /** Posted at 23:30 UTC on 31 March, which is 1 April in London (summer time): the day is the dossier's. */
    private static final Post TOP = post("827329959525888000", "2017-03-31T23:30:00Z",
            "[blog] Apply to attend rOpenSci unconf 2017!", "https://twitter.com/rOpenSci/status/827329959525888000", 21_634);
    private static final Post RUNNER_UP = post("838781226983047168", "2017-03-06T16:00:00Z",
            "Tomorrow! <b>How</b> to ask | questions", "javascript:alert(1)", 16_404);

    private static Post post(String id, String created, String text, String link, long impressions) {
        return new Post(new PostId(Platform.TWITTER, id), Subject.of("ro"), Instant.parse(created), Optional.of("Tweet"),
                Optional.of(link), Optional.of(text), Map.of(IMPRESSIONS, Interval.exactly(impressions),
                new MetricId("post_retweets"), Interval.exactly(40)), Provenance.of("tweets.csv", 7));
    }

    private static DossierCheck check() {
        SeriesValue quarter = new SeriesValue(SeriesQuery.of(IMPRESSIONS, Subject.of("ro"), Platform.TWITTER, Q1),
                SeriesStatus.VALUE, Interval.exactly(316_406), Optional.empty(), List.of(), List.of(),
                "the posts' lifetime totals by their day", List.of());
        Claim claim = Claim.of("most-seen", "argmax(post_impressions{ro, twitter, 2017-Q1} by post) = 827329959525888000");
        ClaimResult named = new ClaimResult(claim, Verdict.TRUE, "Of rOpenSci's 2017-Q1 Twitter post impressions by post, ...: true.",
                "argmax: wholly above every other member", List.of(quarter), Optional.<Sides>empty(), Optional.empty(),
                List.of(TOP, RUNNER_UP));
        return new DossierCheck("Posts", List.of(named, ReportFixtures.halfTheViews()), List.of());
    }

    @Test
    void markdownListsEachNamedPostWithItsDayFirstWordsLinkAndValue() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReportRenderer().render(check(), out);
        String report = out.toString();

        assertThat(report).contains("\nPosts named:\n\n"
                + "- post `twitter 827329959525888000` (ro on twitter): 2017-04-01, \u201c\\[blog\\] Apply to attend rOpenSci "
                + "unconf 2017!\u201d, <https://twitter.com/rOpenSci/status/827329959525888000>, post\\_impressions 21634\n"
                // an address that is not a web address is shown, never linked; markup in the text stays text
                + "- post `twitter 838781226983047168` (ro on twitter): 2017-03-06, \u201cTomorrow! &lt;b&gt;How&lt;/b&gt; to ask "
                + "| questions\u201d, `javascript:alert(1)`, post\\_impressions 16404\n");
        // a claim that names no post lists none
        assertThat(report.indexOf("Posts named:")).isEqualTo(report.lastIndexOf("Posts named:"));
    }

    @Test
    void htmlListsEachNamedPostInATableWithALinkOnlyToAWebAddress() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportRenderer(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC)).render(check(), out);
        String report = out.toString();

        assertThat(report).contains("<caption id=\"claim-1-most-seen-posts\">Posts named<span class=\"visually-hidden\"> for claim most-seen</span></caption>")
                .contains("<tr><th scope=\"row\"><a href=\"https://twitter.com/rOpenSci/status/827329959525888000\" "
                        + "rel=\"nofollow noopener\"><code>twitter 827329959525888000</code></a></th><td>ro on twitter</td>"
                        + "<td><time datetime=\"2017-04-01\">2017-04-01</time></td><td>[blog] Apply to attend rOpenSci unconf "
                        + "2017!</td><td>post_impressions 21634</td></tr>")
                .contains("<tr><th scope=\"row\"><code>twitter 838781226983047168</code><br>javascript:alert(1)</th>")
                .contains("<td>Tomorrow! &lt;b&gt;How&lt;/b&gt; to ask | questions</td>")
                .doesNotContain("href=\"javascript").doesNotContain("claim-2-half-views-posts");
    }
}
