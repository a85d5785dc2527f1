package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {

    private static final String GOLDEN = "golden-report.json";

    @Test
    void matchesTheGoldenFileByteForByte() throws IOException {
        String actual = render();
        if (!actual.equals(golden())) {
            // Left beside the build output so a deliberate change to the contract is one copy away.
            Files.writeString(Path.of("target", "golden-report.actual.json"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(golden());
    }

    @Test
    void namesEveryFieldOfTheContract() throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(render());

        assertThat(report.get("dossier").asText()).isEqualTo("GE2019 sample");
        JsonNode first = report.get("claims").get(0);
        assertThat(fieldNames(first)).startsWith("id", "text", "check", "verdict", "explanation")
                .contains("series", "sides", "error", "rule");
        assertThat(first.get("verdict").asText()).isEqualTo("true");
        JsonNode series = first.get("series").get(0);
        assertThat(series.get("ref").asText()).isEqualTo("video_views{labour,facebook,ge2019}");
        assertThat(series.get("lo").asText()).isEqualTo("350000");
        assertThat(series.get("hi").asText()).isEqualTo("350000");
        assertThat(series.get("observations").asInt()).isEqualTo(7);
        assertThat(series.get("gaps").isArray()).isTrue();
        assertThat(series.get("gaps")).isEmpty();
        assertThat(series.get("status").asText()).isEqualTo("value");
        assertThat(first.get("sides").get("left").get("lo").asText()).isEqualTo("0.5");
        assertThat(first.get("sides").get("right").get("hi").asText()).isEqualTo("0.5");
        assertThat(first.get("error").isNull()).isTrue();
    }

    @Test
    void boundsAreDecimalStringsAndUnboundedEndsAreInfinities() throws IOException {
        JsonNode claims = JsonMapper.builder().build().readTree(render()).get("claims");

        JsonNode openSeries = claims.get(1).get("series").get(0);
        assertThat(openSeries.get("lo").isTextual()).isTrue();
        assertThat(openSeries.get("hi").asText()).isEqualTo("+inf");
        assertThat(claims.get(3).get("sides").get("left").get("lo").asText()).isEqualTo("-inf");
        assertThat(claims.get(2).get("sides").get("left").get("lo").asText()).isEqualTo("0.503177");
    }

    @Test
    void gapsAreHalfOpenDateTimesInThePeriodsZone() throws IOException {
        JsonNode gap = JsonMapper.builder().build().readTree(render()).get("claims").get(1).get("series").get(0)
                .get("gaps").get(0);

        assertThat(gap.get("from").asText()).isEqualTo("2019-11-13T00:00:00Z");
        assertThat(gap.get("to").asText()).isEqualTo("2019-12-13T00:00:00Z");
    }

    @Test
    void sourcesListAtMostFiveDistinctLocations() throws IOException {
        JsonNode sources = JsonMapper.builder().build().readTree(render()).get("claims").get(0).get("series").get(0)
                .get("sources");

        assertThat(StreamSupport.stream(sources.spliterator(), false).map(JsonNode::asText).toList())
                .containsExactly("data/labour.csv:10", "data/labour.csv:11", "data/labour.csv:12",
                        "data/labour.csv:13", "data/labour.csv:14");
    }

    @Test
    void anInvalidClaimCarriesItsErrorWithLineAndColumn() throws IOException {
        JsonNode invalid = JsonMapper.builder().build().readTree(render()).get("claims").get(4);

        assertThat(invalid.get("verdict").asText()).isEqualTo("invalid");
        assertThat(invalid.get("error").get("message").asText()).contains("expected a period");
        assertThat(invalid.get("error").get("line").asInt()).isEqualTo(1);
        assertThat(invalid.get("error").get("column").asInt()).isEqualTo(30);
        assertThat(invalid.get("sides").isNull()).isTrue();
    }

    @Test
    void summaryCountsEveryVerdictUnderItsId() throws IOException {
        JsonNode summary = JsonMapper.builder().build().readTree(render()).get("summary");

        assertThat(fieldNames(summary)).containsExactly("true", "false", "undecided", "no-data", "invalid");
        assertThat(summary.get("true").asLong()).isEqualTo(1);
        assertThat(summary.get("no-data").asLong()).isEqualTo(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    private static String render() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportRenderer().render(ReportFixtures.sampleCheck(), out);
        return out.toString();
    }

    private static String golden() throws IOException {
        try (InputStream in = JsonReportRendererTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("test resource " + GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
