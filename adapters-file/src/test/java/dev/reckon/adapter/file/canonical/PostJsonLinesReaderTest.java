package dev.reckon.adapter.file.canonical;

import static dev.reckon.adapter.file.platform.Inputs.HQ;
import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostJsonLinesReaderTest {

    private static final ImportContext CONTEXT = Inputs.context(LONDON,
            Inputs.accounts(Map.of(Platform.TWITTER, "hq_account")));

    private final PostJsonLinesReader reader = new PostJsonLinesReader();

    @Test
    void postsAreKeptAndRolledUpByTheirDayInTheDossiersZone() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = reader.read(Inputs.text("posts.jsonl", """
                {"platform": "twitter", "subject": "hq", "id": "101", "created": "2021-12-01T09:30:00Z", "type": "Photo", "permalink": "https://x.com/hq_account/status/101", "text": "Our plan for the\\nhigh street", "values": {"post_impressions": 1200, "post_likes": 30}}
                {"platform": "twitter", "account": "hq_account", "id": "102", "created": "2021-12-02T00:30:00+01:00", "values": {"post_impressions": 800}}
                {"platform": "twitter", "subject": "hq", "id": "103", "created": "2021-12-02T10:00:00Z", "values": {"post_impressions": 5}}
                """, CONTEXT), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(sink.posts).extracting(post -> post.id().id()).containsExactly("101", "102", "103");
        Post first = sink.posts.get(0);
        assertThat(first.subject()).isEqualTo(HQ);
        assertThat(first.preview()).contains("Our plan for the high street");
        assertThat(first.type()).contains("Photo");
        assertThat(first.value(new MetricId("post_likes"))).contains(Interval.exactly(30));
        // 00:30 at +01:00 is 23:30 UTC, still 1 December in London.
        assertThat(sink.posts.get(1).created()).isEqualTo(Instant.parse("2021-12-01T23:30:00Z"));
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2021, 12, 1), LONDON)).isEqualByComparingTo("2000");
        assertThat(sink.valueOn("posts", LocalDate.of(2021, 12, 1), LONDON)).isEqualByComparingTo("2");
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2021, 12, 2), LONDON)).isEqualByComparingTo("5");
        assertThat(sink.coverage).as("a list of posts does not say no other post was made").isEmpty();
    }

    @Test
    void eachBadFieldIsAProblemOfItsLineAndNoBadPostIsHandedOn() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = reader.read(Inputs.text("posts.jsonl", """
                {"platform": "twitter", "subject": "hq", "id": "1", "created": "2021-12-01T09:30:00Z", "values": {"post_shoes": 1}}
                {"platform": "twitter", "subject": "hq", "id": "2", "created": "2021-12-01T09:30:00Z", "values": {"impressions": 1}}
                {"platform": "twitter", "subject": "hq", "id": "not an id", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": 1}}
                {"platform": "twitter", "subject": "nobody", "id": "4", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": 1}}
                {"platform": "twitter", "subject": "hq", "id": "5", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": -3}}
                {"platform": "myspace", "subject": "hq", "id": "6", "created": "2021-12-01", "values": {}}
                {"platform": "twitter", "subject": "hq", "id": "7", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": 1}, "colour": "red"}
                {"platform": "twitter", "subject": "hq", "id": "8", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": 1}}
                {"platform": "twitter", "subject": "hq", "id": "8", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": 2}}
                """, CONTEXT), sink);

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::field).containsExactly(
                tuple(1, "values.post_shoes"), tuple(2, "values.impressions"), tuple(3, "id"), tuple(4, "subject"),
                tuple(5, "values.post_likes"), tuple(6, "platform"), tuple(6, "created"), tuple(6, "values"),
                tuple(7, "colour"), tuple(9, "id"));
        assertThat(report.problems().get(1).reason()).contains("not a per-post metric");
        assertThat(report.problems().get(4).reason()).contains("must not be negative");
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(sink.posts).extracting(post -> post.id().id()).containsExactly("8");
        assertThat(sink.valueOn("post_likes", LocalDate.of(2021, 12, 1), LONDON)).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aDeclaredWindowIsCoveredSoItsDaysWithoutPostsAreZero() throws IOException {
        Window december = Window.ofDays(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), LONDON);
        ImportContext declared = new ImportContext(LONDON, CONTEXT.catalogue(), CONTEXT.subjects(), Optional.empty(),
                Optional.empty(), Optional.of(december), Optional.empty(), Optional.empty(), "import-1");
        RecordingSink sink = new RecordingSink();
        reader.read(Inputs.text("posts.jsonl", """
                {"platform": "twitter", "subject": "hq", "id": "101", "created": "2021-12-01T09:30:00Z", "values": {"post_likes": 3}}
                """, declared), sink);

        assertThat(sink.coverage).extracting(coverage -> coverage.series().metric().value(), Coverage::window)
                .containsExactlyInAnyOrder(tuple("posts", december), tuple("post_likes", december));
    }

    @Test
    void itIsReadOnlyWhenNamed() {
        assertThat(reader.recognise(Inputs.header(Inputs.text("posts.jsonl",
                "{\"platform\": \"twitter\", \"subject\": \"hq\"}\n", CONTEXT))).matches()).isFalse();
    }

    private static org.assertj.core.groups.Tuple tuple(Object first, Object second) {
        return org.assertj.core.groups.Tuple.tuple(first, second);
    }

    private static org.assertj.core.groups.Tuple tuple(long line, String field) {
        return org.assertj.core.groups.Tuple.tuple(java.util.OptionalLong.of(line), field);
    }
}
