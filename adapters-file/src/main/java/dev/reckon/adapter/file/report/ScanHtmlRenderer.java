package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.TextScan;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.report.ScanReportView;
import dev.reckon.report.ScanReportView.FigureView;
import dev.reckon.report.ScanReportView.RelationView;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * A text's scan as one self-contained HTML page, in the check report's style and under its rules
 * (inline style, nothing fetched, everything from the text escaped): the passage with every figure
 * marked in place with its id and status, the relations with their verdicts and explanations, every
 * figure in a table, and the summary. A scan has no clock, so the same text gives the same bytes.
 */
public final class ScanHtmlRenderer implements ScanRenderer {

    /** How the marks read: the symbols, so that status never rests on colour alone. */
    static final String FIGURE_KEY = "<ul class=\"legend\" aria-label=\"Key to the marks\">"
            + "<li><span class=\"fig-tag status-consistent\">✓</span>consistent</li>"
            + "<li><span class=\"fig-tag status-inconsistent\">✗</span>inconsistent</li>"
            + "<li><span class=\"fig-tag status-undecided\">≈</span>undecided</li>"
            + "<li><span class=\"fig-tag status-not-checked\">–</span>not checked</li></ul>\n";

    @Override
    public void render(TextScan scan, Writer out) throws IOException {
        ScanReportView view = ScanReportView.of(scan);
        out.write(HtmlSections.head("Figures in the text — Reckon scan", HtmlReportRenderer.FETCH_NOTHING));
        out.write("<a class=\"skip\" href=\"#passage-heading\">Skip to the marked text</a>\n<div class=\"page\">\n<header>\n");
        out.write("<p class=\"eyebrow\">Reckon scan</p>\n<h1>Figures in the text</h1>\n");
        out.write("<p class=\"meta\">" + Html.escape(ScanSummary.of(view.summary())) + "</p>\n</header>\n<main>\n");
        out.write(summary(view));
        out.write("<section aria-labelledby=\"passage-heading\">\n<h2 id=\"passage-heading\">The text, figures marked</h2>\n");
        out.write(FIGURE_KEY);
        out.write("<div class=\"passage\">" + passage(scan.text().text(), view.figures()) + "</div>\n</section>\n");
        out.write(relations(view.relations()));
        out.write(figures(view));
        out.write("</main>\n<footer><p>Made by Reckon from the text alone: a relation is what the text's own figures "
                + "imply of each other (an average, a share, a sum), checked with the figures' rounding taken into "
                + "account. No data file was read.</p></footer>\n</div>\n</body>\n</html>\n");
    }

private static String summary(ScanReportView view) {
        ScanReportView.SummaryView s = view.summary();
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"summary-heading\">\n"
                + "<h2 id=\"summary-heading\">Summary</h2>\n<ul class=\"summary\">\n");
        html.append(count(s.figures(), s.figures() == 1 ? "figure" : "figures"));
        html.append(count(s.relations(), s.relations() == 1 ? "relation" : "relations"));
        for (var verdict : s.verdicts().entrySet()) {
            if (verdict.getValue() > 0) {
                html.append("<li><span class=\"count\">").append(verdict.getValue()).append("</span>")
                        .append(HtmlSections.badge(verdict(verdict.getKey()))).append("</li>\n");
            }
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private static String count(int number, String what) {
        return "<li><span class=\"count\">" + number + "</span>" + what + "</li>\n";
    }

    /** The text as written, each figure in a mark whose tag links to its row and says its status in words. */
    static String passage(String text, List<FigureView> figures) {
        return MarkedPassage.of(text, figures,
                f -> "<mark class=\"fig status-" + f.status() + "\" id=\"in-text-" + f.id() + "\">",
                f -> "<a class=\"fig-tag status-" + f.status() + "\" href=\"#figure-" + f.id() + "\"><span aria-hidden=\"true\">"
                        + symbol(f.status()) + "</span>" + f.id() + "<span class=\"visually-hidden\"> "
                        + f.status().replace('-', ' ') + "</span></a></mark>",
                Html::escape);
    }

    static String symbol(String status) {
        return switch (status) {
            case "consistent" -> "✓";
            case "inconsistent" -> "✗";
            case "undecided" -> "≈";
            default -> "–";
        };
    }

    private static String relations(List<RelationView> relations) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"relations-heading\">\n"
                + "<h2 id=\"relations-heading\">Relations</h2>\n");
        if (relations.isEmpty()) {
            return html.append("<p>The text implies no arithmetic between its figures.</p>\n</section>\n").toString();
        }
        for (RelationView r : relations) {
            html.append("<article class=\"claim relation\" id=\"relation-").append(r.id()).append("\" aria-labelledby=\"relation-")
                    .append(r.id()).append("-heading\">\n<h3 id=\"relation-").append(r.id()).append("-heading\">")
                    .append(HtmlSections.badge(verdict(r.verdict()))).append("<span class=\"claim-id\">").append(r.id())
                    .append(" · ").append(Html.escape(r.kind())).append(" of ")
                    .append(String.join(", ", r.figures().stream().map(ScanHtmlRenderer::figureLink).toList()))
                    .append("</span></h3>\n<pre><code>").append(Html.escape(r.check())).append("</code></pre>\n")
                    .append("<p class=\"explanation\">").append(Html.escape(r.explanation())).append("</p>\n</article>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String figureLink(String id) {
        return "<a href=\"#figure-" + id + "\">" + id + "</a>";
    }

    private static String figures(ScanReportView view) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"figures-heading\">\n<h2 id=\"figures-heading\">Figures</h2>\n");
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"figures-caption\"><table>\n")
                .append("<caption id=\"figures-caption\">Every figure in the text, where it is and what became of it</caption>\n")
                .append("<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Line:column</th><th scope=\"col\">Text</th>")
                .append("<th scope=\"col\">Kind</th><th scope=\"col\">Allows</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        for (FigureView f : view.figures()) {
            html.append("<tr id=\"figure-").append(f.id()).append("\"><th scope=\"row\"><a href=\"#in-text-").append(f.id())
                    .append("\">").append(f.id()).append("</a></th><td class=\"num\">").append(f.line()).append(':')
                    .append(f.column()).append("</td><td>").append(Html.escape(f.text())).append("</td><td class=\"kind\">")
                    .append(Html.escape(f.kind())).append("</td><td>").append(Html.escape(allows(f))).append("</td><td>")
                    .append("<span class=\"fig-tag status-").append(f.status()).append("\" aria-hidden=\"true\">")
                    .append(symbol(f.status())).append("</span>").append(Html.escape(ScanTextRenderer.status(f, view)))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n</section>\n").toString();
    }

    /** {@code 1195 to 1205 GBP}: the values a figure allows once its rounding is read; blank for labels. */
    static String allows(FigureView f) {
        if (f.lo() == null) {
            return "";
        }
        String range = f.lo().equals(f.hi()) ? f.lo() : f.lo() + " to " + f.hi();
        return f.currency() == null ? range : range + " " + f.currency();
    }

    private static Verdict verdict(String id) {
        return Arrays.stream(Verdict.values()).filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a verdict: " + id));
    }
}
