package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The properties Google's fact-check documentation lists: required claimReviewed, reviewRating
 * (with alternateName) and url; recommended author, datePublished, itemReviewed (a Claim with
 * author, datePublished and appearance) and the rating's ratingValue, bestRating and worstRating.
 */
class ClaimReviewRendererTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-01T10:15:30Z"), ZoneOffset.UTC);
    private static final Reviewer REVIEWER = new Reviewer("Campaign Audit", "https://audit.example.org",
            "https://audit.example.org/ge2019.html");

    @Test
    void givesEveryClaimAReviewWithTheRequiredProperties() throws IOException {
        JsonNode reviews = render(reviewed(ReportFixtures.sampleCheck()));

        assertThat(reviews).hasSize(5);
        for (JsonNode review : reviews) {
            assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.path("@context").get(0).asText()).isEqualTo("https://schema.org");
            assertThat(review.path("claimReviewed").asText()).isNotBlank();
            assertThat(review.path("url").asText()).startsWith("https://audit.example.org/ge2019.html#claim-");
            assertThat(review.path("reviewRating").path("alternateName").asText()).isNotBlank();
        }
    }

    @Test
    void namesTheReviewerTheClaimsAuthorWhenAndWhereItWasMade() throws IOException {
        JsonNode review = render(reviewed(ReportFixtures.sampleCheck())).get(0);

        assertThat(review.path("author").path("name").asText()).isEqualTo("Campaign Audit");
        assertThat(review.path("author").path("url").asText()).isEqualTo("https://audit.example.org");
        assertThat(review.path("datePublished").asText()).isEqualTo("2020-02-01");
        assertThat(review.path("url").asText()).isEqualTo("https://audit.example.org/ge2019.html#claim-1-half-views");
        JsonNode claim = review.path("itemReviewed");
        assertThat(claim.path("@type").asText()).isEqualTo("Claim");
        assertThat(claim.path("author").path("name").asText()).isEqualTo("Leader's Team Digital");
        assertThat(claim.path("datePublished").asText()).isEqualTo("2020-01");
        assertThat(claim.path("appearance").path("name").asText()).isEqualTo("submission to the NEC");
    }

    @Test
    void ratesOnADocumentedScaleAndLeavesClaimsWithoutDataOffIt() throws IOException {
        JsonNode reviews = render(reviewed(ReportFixtures.sampleCheck()));

        assertThat(reviews.get(0).path("reviewRating").toString())
                .isEqualTo("{\"@type\":\"Rating\",\"ratingValue\":5,\"bestRating\":5,\"worstRating\":1,\"alternateName\":\"true\"}");
        assertThat(reviews.get(1).path("reviewRating").path("ratingValue").asInt()).isEqualTo(1);
        assertThat(reviews.get(2).path("reviewRating").path("ratingValue").asInt()).isEqualTo(3);
        assertThat(reviews.get(3).path("reviewRating").has("ratingValue")).isFalse();
        assertThat(reviews.get(3).path("reviewRating").path("alternateName").asText()).isEqualTo("no-data");
    }

    @Test
    void carriesTheEvidenceAsTheJsonReportWritesTheClaim() throws IOException {
        JsonNode evidence = render(reviewed(ReportFixtures.sampleCheck())).get(0).path("reckon:evidence");

        assertThat(render(reviewed(ReportFixtures.sampleCheck())).get(0).path("@context").get(1).path("reckon").asText())
                .isEqualTo(ClaimReviewRenderer.NAMESPACE);
        assertThat(evidence.path("rule").asText()).isEqualTo("~ within a relative tolerance: |a - b| <= t * |b|");
        assertThat(evidence.path("series").get(0).path("sources").get(0).asText()).isEqualTo("data/labour.csv:10");
    }

    @Test
    void leavesOutWhatTheDossierDoesNotSay() throws IOException {
        JsonNode review = render(ReportFixtures.sampleCheck()).get(2);

        assertThat(review.has("url")).isFalse();
        assertThat(review.has("author")).isFalse();
        assertThat(review.path("itemReviewed").toString()).isEqualTo("{\"@type\":\"Claim\"}");
    }

    @Test
    void theHtmlReportEmbedsTheReviewsWhereNoClaimTextCanEndTheScript() throws IOException {
        ClaimResult result = new ClaimResult(new Claim("x", "</script><script>alert(1)</script>", "1 < 2",
                Optional.empty()), Verdict.TRUE, "yes", "a < b", List.of(), Optional.empty(), Optional.empty());
        StringWriter out = new StringWriter();
        new HtmlReportRenderer(CLOCK).render(new DossierCheck("t", List.of(result), List.of()), out);
        String html = out.toString();
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">") + 35,
                html.indexOf("</script>"));

        assertThat(html).doesNotContain("<script>alert");
        assertThat(JsonMapper.builder().build().readTree(script).get(0).path("claimReviewed").asText())
                .isEqualTo("</script><script>alert(1)</script>");
    }

    private static DossierCheck reviewed(DossierCheck check) {
        return new DossierCheck(check.title(), check.results(), check.imports(), ImportCounts.allRead(0), REVIEWER);
    }

    private static JsonNode render(DossierCheck check) throws IOException {
        StringWriter out = new StringWriter();
        new ClaimReviewRenderer(CLOCK).render(check, out);
        return JsonMapper.builder().build().readTree(out.toString());
    }
}
