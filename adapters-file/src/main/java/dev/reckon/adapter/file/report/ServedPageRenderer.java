package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.series.SeriesValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page {@code reckon serve} shows at {@code /}: the report's claims and charts, an editor that
 * evaluates a check as it is typed through {@code POST /api/v1/evaluations}, and the series the
 * claims read with what covers them. The script talks to the serving API only.
 */
public final class ServedPageRenderer {

    private static final String PAGE_CSS = HtmlSections.resource("page.css");
    private static final String PAGE_SCRIPT = HtmlSections.resource("page.js");

    /**
     * The "check a text" box: a pasted text goes to {@code POST /api/v1/scans} (no token needed: it
     * changes nothing) and comes back with its figures marked in place, as {@code reckon scan --format html} shows them.
     */
    private static final String TEXT_BOX = "<section aria-labelledby=\"scan-heading\" class=\"editor\">\n"
            + "<h2 id=\"scan-heading\">Check a text</h2>\n<p class=\"meta\">Paste an article, a press release or a post "
            + "(plain text, Markdown or HTML): every figure is marked where it stands, and what the text's own figures "
            + "imply of each other (an average, a share, a sum) is checked. Ctrl+Enter in the box does the same as the button. "
            + "The text goes to this server only.</p>\n"
            + "<label for=\"scan-text\">Text</label>\n<textarea id=\"scan-text\" rows=\"6\" aria-describedby=\"scan-status\">"
            + "</textarea>\n<p><button id=\"scan-button\" type=\"button\">Find the figures</button></p>\n"
            + "<div id=\"scan-status\" class=\"result\" role=\"status\" aria-live=\"polite\"></div>\n"
            + "<div id=\"scan-result\" hidden>" + ScanHtmlRenderer.FIGURE_KEY + "<div id=\"scan-passage\" class=\"passage\">"
            + "</div>\n<h3 id=\"scan-relations-heading\">Relations</h3>\n<div id=\"scan-relations\"></div>\n"
            + "<h3 id=\"scan-figures-heading\">Figures</h3>\n<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" "
            + "aria-labelledby=\"scan-figures-caption\"><table>\n<caption id=\"scan-figures-caption\">Every figure in the "
            + "text, where it is and what became of it</caption>\n<thead><tr><th scope=\"col\">Figure</th>"
            + "<th scope=\"col\">Line:column</th><th scope=\"col\">Text</th><th scope=\"col\">Kind</th>"
            + "<th scope=\"col\">Status</th></tr></thead>\n<tbody id=\"scan-figures\"></tbody>\n</table></div>\n</div>\n"
            + "</section>\n";

    /**
     * The "import a file" box: the chosen file goes to {@code POST /api/v1/imports} under its own name
     * (with the token, as every write), and the import's report comes back with each rejected row
     * located; the claims are checked against it when the page is loaded again.
     */
    private static final String IMPORT_BOX = "<section aria-labelledby=\"import-heading\" class=\"editor\">\n"
            + "<h2 id=\"import-heading\">Import a file</h2>\n<p class=\"meta\">An export in any format Reckon reads "
            + "(a platform's CSV, canonical CSV or JSON Lines). It is stored under its file name (importing the same name "
            + "again replaces it) in one step: all of its readable rows, or nothing. The subject and platform are needed "
            + "only when the file does not say them.</p>\n"
            + "<label for=\"import-file\">File</label>\n<input id=\"import-file\" type=\"file\" "
            + "aria-describedby=\"import-status\">\n<div class=\"import-fields\"><p><label for=\"import-subject\">"
            + "Subject</label><input id=\"import-subject\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\">"
            + "</p><p><label for=\"import-platform\">Platform</label><input id=\"import-platform\" type=\"text\" "
            + "autocomplete=\"off\" spellcheck=\"false\"></p></div>\n"
            + "<p><button id=\"import-button\" type=\"button\">Import</button></p>\n"
            + "<div id=\"import-status\" class=\"result\" role=\"status\" aria-live=\"polite\"></div>\n</section>\n";

    public String html(DossierCheck report) {
        String title = report.title().isBlank() ? "Reckon" : report.title();
        StringBuilder html = new StringBuilder();
        html.append(HtmlSections.head(title + " — Reckon", "<style>\n" + PAGE_CSS + "</style>\n"));
        html.append("<a class=\"skip\" href=\"#editor-heading\">Skip to the check editor</a>\n<div class=\"page\">\n");
        html.append("<header>\n<p class=\"eyebrow\">Reckon · served dossier</p>\n<h1>").append(Html.escape(title))
                .append("</h1>\n<nav aria-label=\"Sections\" class=\"sections\"><a href=\"#editor-heading\">Try a check</a>")
                .append("<a href=\"#scan-heading\">Check a text</a><a href=\"#import-heading\">Import a file</a><a href=\"#summary-heading\">Claims</a><a href=\"#series-heading\">Data</a>")
                .append("<a href=\"/api/v1/openapi.json\">API</a></nav>\n</header>\n<main>\n");
        html.append(editor(report));
        html.append(TEXT_BOX);
        html.append(IMPORT_BOX);
        html.append(HtmlSections.summary(report));
        html.append(HtmlSections.contents(report));
        html.append("<section aria-label=\"Claims and their evidence\">\n");
        for (int i = 0; i < report.results().size(); i++) {
            html.append(HtmlSections.claim(i, report.results().get(i)));
        }
        html.append("</section>\n").append(seriesTable(report));
        html.append("</main>\n</div>\n<script>\n").append(PAGE_SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The editor, filled with the first claim's check so that a first visit shows a verdict at once. */
    private static String editor(DossierCheck report) {
        String first = report.results().isEmpty() ? "" : report.results().get(0).claim().check();
        return "<section aria-labelledby=\"editor-heading\" class=\"editor\">\n<h2 id=\"editor-heading\">Try a check</h2>\n"
                + "<p class=\"meta\">Write a check in the claim language; it is evaluated against the served data as you "
                + "type.</p>\n<label for=\"check\">Check</label>\n"
                + "<textarea id=\"check\" rows=\"3\" spellcheck=\"false\" autocomplete=\"off\" "
                + "aria-describedby=\"check-status\">" + Html.escape(first) + "</textarea>\n"
                + "<div id=\"check-echo\" class=\"echo\" aria-hidden=\"true\"></div>\n"
                + "<div id=\"check-status\" class=\"result\" role=\"status\" aria-live=\"polite\"></div>\n"
                + "<details id=\"token-box\"><summary>API token</summary><p class=\"meta\">Needed only when the server "
                + "was started with a token (RECKON_API_TOKEN or --token-file); it stays in this tab.</p>"
                + "<label for=\"token\">Bearer token</label> <input id=\"token\" type=\"password\" autocomplete=\"off\">"
                + "</details>\n</section>\n";
    }

    /** Every series a claim reads, once, with how many observations it has and what no data covers. */
    private static String seriesTable(DossierCheck report) {
        Map<String, SeriesValue> series = new LinkedHashMap<>();
        for (ClaimResult result : report.results()) {
            result.series().forEach(value -> series.putIfAbsent(value.query().ref(), value));
        }
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"series-heading\">\n<h2 id=\"series-heading\">Data</h2>\n");
        if (series.isEmpty()) {
            return html.append("<p>No claim reads a series yet.</p>\n</section>\n").toString();
        }
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"series-caption\"><table>\n")
                .append("<caption id=\"series-caption\">The series the claims read and what covers them</caption>\n")
                .append("<thead><tr><th scope=\"col\">Series</th><th scope=\"col\">Period</th><th scope=\"col\">Value</th>")
                .append("<th scope=\"col\">Observations</th><th scope=\"col\">Not covered by any data</th></tr></thead>\n<tbody>\n");
        for (SeriesValue value : series.values()) {
            var zone = value.query().period().zone();
            html.append("<tr><th scope=\"row\"><code>").append(Html.breakable(value.query().ref())).append("</code></th><td>")
                    .append(Html.escape(value.query().period().toString())).append("</td><td class=\"num\">")
                    .append(Html.escape(value.hasValue() ? SeriesText.readableAmount(value) : "no value"))
                    .append("</td><td class=\"num\">").append(value.observations().size()).append("</td><td>")
                    .append(value.gaps().isEmpty() ? "nothing: fully covered"
                            : Html.escape(String.join(", ", value.gaps().stream().map(g -> HtmlSections.days(g, zone)).toList())))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n</section>\n").toString();
    }
}
