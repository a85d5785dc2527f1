package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServedPageRendererTest {

    private final String page = new ServedPageRenderer().html(ReportFixtures.sampleCheck());

    @Test
    void theCheckATextBoxIsLabelledAndAnnouncesItsResult() {
        assertThat(page).contains("<h2 id=\"scan-heading\">Check a text</h2>")
                .contains("<label for=\"scan-text\">Text</label>\n<textarea id=\"scan-text\"")
                .contains("<button id=\"scan-button\" type=\"button\">Find the figures</button>")
                .contains("<div id=\"scan-status\" class=\"result\" role=\"status\" aria-live=\"polite\">")
                .contains("<div id=\"scan-result\" hidden>" + ScanHtmlRenderer.FIGURE_KEY)
                .contains("<a href=\"#scan-heading\">Check a text</a>");
    }

    @Test
    void theScriptTalksOnlyToThisServersApi() {
        Matcher requests = Pattern.compile("fetch\\(\"([^\"]*)\"").matcher(page);
        StringBuilder targets = new StringBuilder();
        while (requests.find()) {
            targets.append(requests.group(1)).append(' ');
        }
        assertThat(targets.toString().trim()).isEqualTo("/api/v1/evaluations /api/v1/scans /api/v1/imports?");
        assertThat(page).doesNotContain("http://", "https://");
    }
}
