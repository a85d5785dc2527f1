package dev.reckon.adapter.file.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.report.ClaimReportView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reviews a fact-checker publishes: schema.org ClaimReview in JSON-LD, one per claim, with the
 * properties search engines read (claimReviewed, reviewRating, url, author, datePublished,
 * itemReviewed) and Reckon's evidence under {@code reckon:evidence}, which is the claim as the JSON
 * report writes it. The scale is in {@link #ratingValue}.
 */
public final class ClaimReviewRenderer implements ReportRenderer {

    /** The prefix of Reckon's own properties, beside schema.org's. */
    static final String NAMESPACE = "https://reckon.dev/ns/claimreview#";
    static final int BEST_RATING = 5;
    static final int WORST_RATING = 1;

    /** Dates schema.org reads: a year, a month or a day in ISO 8601. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Clock clock;
    private final ObjectWriter writer = IndentedJson.writer();

    public ClaimReviewRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    @Override
    public void render(DossierCheck check, Writer out) throws IOException {
        writer.writeValue(out, reviews(check));
        out.write("\n");
    }

    /** The reviews as JSON text, for a page that embeds them. */
    String json(DossierCheck check) {
        try {
            return writer.writeValueAsString(reviews(check));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, Object>> reviews(DossierCheck check) {
        List<Map<String, Object>> reviews = new ArrayList<>();
        String published = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        for (int i = 0; i < check.results().size(); i++) {
            reviews.add(review(check.results().get(i), HtmlSections.anchor(i, check.results().get(i)), check.reviewer(),
                    published));
        }
        return reviews;
    }

    private static Map<String, Object> review(ClaimResult result, String anchor, Reviewer reviewer, String published) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", List.of("https://schema.org", Map.of("reckon", NAMESPACE)));
        review.put("@type", "ClaimReview");
        if (!reviewer.report().isEmpty()) {
            review.put("url", reviewer.report() + "#" + anchor);
        }
        review.put("claimReviewed", result.claim().text().isBlank() ? result.claim().check() : result.claim().text());
        review.put("itemReviewed", claim(result.claim().source()));
        if (reviewer.isNamed()) {
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("@type", "Organization");
            author.put("name", reviewer.name());
            if (!reviewer.url().isEmpty()) {
                author.put("url", reviewer.url());
            }
            review.put("author", author);
        }
        review.put("datePublished", published);
        review.put("reviewBody", result.explanation());
        review.put("reviewRating", rating(result.verdict()));
        review.put("reckon:evidence", ClaimReportView.of(result));
        return review;
    }

    /** The claim as it was made: who made it, where it appeared and when. */
    private static Map<String, Object> claim(Optional<ClaimSource> source) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        source.ifPresent(s -> {
            if (!s.who().isBlank()) {
                claim.put("author", Map.of("@type", "Organization", "name", s.who()));
            }
            if (ISO_DATE.matcher(s.when().strip()).matches()) {
                claim.put("datePublished", s.when().strip());
            }
            if (!s.where().isBlank()) {
                Map<String, Object> appearance = new LinkedHashMap<>();
                appearance.put("@type", "CreativeWork");
                appearance.put(s.where().strip().matches("https?://\\S+") ? "url" : "name", s.where().strip());
                claim.put("appearance", appearance);
            }
        });
        return claim;
    }

    private static Map<String, Object> rating(Verdict verdict) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        ratingValue(verdict).ifPresent(value -> {
            rating.put("ratingValue", value);
            rating.put("bestRating", BEST_RATING);
            rating.put("worstRating", WORST_RATING);
        });
        rating.put("alternateName", verdict.id());
        return rating;
    }

    /**
     * Reckon's scale: 5 true, 3 undecided (the data allows both answers), 1 false. A claim without
     * data or that cannot be read is not placed on the scale: only its verdict word is given.
     */
    static Optional<Integer> ratingValue(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> Optional.of(BEST_RATING);
            case UNDECIDED -> Optional.of(3);
            case FALSE -> Optional.of(WORST_RATING);
            case NO_DATA, INVALID -> Optional.empty();
        };
    }
}
