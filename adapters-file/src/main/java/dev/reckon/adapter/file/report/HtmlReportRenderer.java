package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.DossierCheck;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A report people read: one self-contained HTML file (style sheet, charts and ClaimReview JSON-LD inline,
 * nothing fetched) that can be mailed or attached. The same check gives the same bytes, but for
 * the time of the check, which comes from the clock.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    /** The file may load nothing at all: its style is inline and its JSON-LD is data, never run. */
    static final String FETCH_NOTHING = "<meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";

    private final Clock clock;
    private final ClaimReviewRenderer claimReview;

    public HtmlReportRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.claimReview = new ClaimReviewRenderer(clock);
    }

    @Override
    public void render(DossierCheck check, Writer out) throws IOException {
        String title = check.title().isBlank() ? "Reckon report" : check.title();
        var checkedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        out.write(HtmlSections.head(title + " — Reckon report", FETCH_NOTHING + "<script type=\"application/ld+json\">\n"
                + Html.scriptJson(claimReview.json(check)) + "\n</script>\n"));
        out.write("<a class=\"skip\" href=\"#contents-heading\">Skip to the claims</a>\n<div class=\"page\">\n<header>\n");
        out.write("<p class=\"eyebrow\">Reckon report</p>\n<h1>" + Html.escape(title) + "</h1>\n");
        out.write("<p class=\"meta\">Checked <time datetime=\"" + checkedAt + "\">" + HtmlSections.UTC_MINUTE.format(checkedAt)
                + "</time></p>\n</header>\n<main>\n");
        out.write(HtmlSections.summary(check));
        out.write(HtmlSections.dataFiles(check.imports(), check.importedAt(), checkedAt.toInstant(),
                HtmlSections.zone(check)));
        out.write(HtmlSections.contents(check));
        out.write("<section aria-label=\"Claims and their evidence\">\n");
        for (int i = 0; i < check.results().size(); i++) {
            out.write(HtmlSections.claim(i, check.results().get(i)));
        }
        out.write("</section>\n</main>\n<footer><p>Made by Reckon from the dossier's data files. Intervals show "
                + "what a rounded or ranged figure can mean: a claim is true or false only when every value it "
                + "allows gives the same answer.</p></footer>\n</div>\n</body>\n</html>\n");
    }
}
