package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reckon scan --format html}: one self-contained page with the figures marked in the text. */
class ScanHtmlReportTest {

    private static final String EXAMPLE = "examples/ge2019/submission.md";

    @TempDir
    Path temp;

    @Test
    void everyFigureOfTheExampleIsMarkedInPlaceWithItsStatusAndEveryRelationHasItsVerdict() {
        CliRun json = CliRun.run(CliRun.components(CliRun.pipe()), "scan", RepositoryFiles.resolve(EXAMPLE).toString(), "--format", "json");
        CliRun html = CliRun.run(CliRun.components(CliRun.pipe()), "scan", RepositoryFiles.resolve(EXAMPLE).toString(), "--format", "html");

        assertThat(html.exitCode()).as(html.err()).isEqualTo(ExitCode.OK);
        long figures = count(json.out(), "\"kind\": \"(money|count|percent|ratio|duration|year|date|time|ordinal|label)\"");
        long relations = count(json.out(), "\"verdict\":");
        assertThat(figures).isPositive();
        assertThat(count(html.out(), "<mark class=\"fig status-")).isEqualTo(figures);
        assertThat(count(html.out(), "<tr id=\"figure-f\\d+\">")).isEqualTo(figures);
        assertThat(count(html.out(), "<article class=\"claim relation\"")).isEqualTo(relations).isPositive();
        assertThat(html.out()).contains("£85,327", "class=\"badge verdict-", "visually-hidden\"> consistent",
                "figures found");
    }

    @Test
    void thePageFetchesNothingAndTheSameTextGivesTheSameBytes() {
        String example = RepositoryFiles.resolve(EXAMPLE).toString();
        CliRun first = CliRun.run(CliRun.components(CliRun.pipe()), "scan", example, "--format", "html");
        CliRun second = CliRun.run(CliRun.components(CliRun.pipe()), "scan", example, "--format", "HTML");

        assertThat(first.out()).isEqualTo(second.out());
        assertThat(first.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy\" content=\"default-src 'none'")
                .doesNotContain("src=\"http", "href=\"http", "<script", "url(");
    }

    @Test
    void markupInTheTextIsShownAsTextAndAContradictionIsMarked() throws IOException {
        Path text = Files.writeString(temp.resolve("text.txt"),
                "<img src=x onerror=alert(document.domain)> We raised £12,000 from 400 donors, an average of £45.");

        CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "scan", text.toString(), "--format", "html");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(document.domain)&gt;")
                .contains("<mark class=\"fig status-inconsistent\"").contains("class=\"badge verdict-false\"");
    }

    @Test
    void outWritesTheReportToAFileAndSaysSo() throws IOException {
        Path report = temp.resolve("figures.html");

        CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "scan", RepositoryFiles.resolve(EXAMPLE).toString(), "--format", "html",
                "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote the html report to " + report);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void aReportThatCannotBeWrittenIsAClearMessage() {
        CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "scan", RepositoryFiles.resolve(EXAMPLE).toString(), "--format", "html",
                "--out", temp.resolve("missing/folder/figures.html").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).startsWith("reckon: cannot write the report to ").doesNotContain("Exception");
    }

    private static long count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
