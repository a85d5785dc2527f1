package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the HTML report, shared by the report file and the page {@code reckon serve} shows:
 * everything from the dossier or the data goes through {@link Html#escape}.
 */
final class HtmlSections {

    /** How many covered stretches a data file lists before saying how many more there are. */
    static final int MAX_COVERAGE_RANGES = 4;

    private static final String CSS = resource("report.css");

    /** How the report writes a moment: to the minute, in UTC, whatever the machine's zone. */
    static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private HtmlSections() {
    }

    /** From {@code <!DOCTYPE html>} to the opening {@code <body>}, with the style sheet inline. */
    static String head(String title, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n" + extraHead
                + "</head>\n<body>\n";
    }

    static String badge(Verdict verdict) {
        return "<span class=\"badge verdict-" + verdict.id() + "\"><span aria-hidden=\"true\">" + symbol(verdict)
                + "</span>" + verdict.id() + "</span>";
    }

    /** A mark beside the word, so the badges differ in shape as well as colour. */
    private static String symbol(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> "✓";
            case FALSE -> "✗";
            case UNDECIDED -> "≈";
            case NO_DATA -> "∅";
            case INVALID -> "!";
        };
    }

    static String summary(DossierCheck check) {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n");
        html.append("<p>").append(Html.escape(VerdictCounts.sentence(check.summary()))).append("</p>\n");
        html.append("<ul class=\"summary\">\n");
        for (Map.Entry<Verdict, Long> count : check.summary().entrySet()) {
            html.append("<li><span class=\"count\">").append(count.getValue()).append("</span>")
                    .append(badge(count.getKey())).append("</li>\n");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    /**
     * The data files with what was read of them, the days they declare complete and, when the check
     * knows it, when each was imported (a file unchanged since an earlier run keeps that run's time).
     * An import time after {@code checkedAt} is shown as {@code checkedAt}: data cannot be imported after
     * it was checked, and a report pinned by SOURCE_DATE_EPOCH then stays byte for byte the same
     * (the reproducible-builds rule: later times are clamped to it).
     */
    static String dataFiles(List<ImportReport> imports, Map<String, Instant> importedAt, Instant checkedAt, ZoneId zone) {
        if (imports.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"data-heading\">\n<h2 id=\"data-heading\">Data files</h2>\n");
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"data-caption\">")
                .append("<table>\n<caption id=\"data-caption\">What was read of each data file</caption>\n")
                .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Format</th>")
                .append("<th scope=\"col\">Rows read</th><th scope=\"col\">Accepted</th><th scope=\"col\">Rejected</th>")
                .append("<th scope=\"col\">Declared complete (").append(Html.breakable(zone.getId())).append(")</th>")
                .append(importedAt.isEmpty() ? "" : "<th scope=\"col\">Imported (UTC)</th>").append("</tr></thead>\n<tbody>\n");
        for (ImportReport file : imports) {
            html.append("<tr><th scope=\"row\"><code>").append(Html.breakable(file.source())).append("</code></th><td>")
                    .append(Html.escape(file.format())).append("</td><td class=\"num\">").append(file.rowsRead())
                    .append("</td><td class=\"num\">").append(file.rowsAccepted()).append("</td><td class=\"num\">")
                    .append(file.rowsRejected()).append("</td><td>").append(Html.escape(coverage(file.covered(), zone)))
                    .append("</td>");
            if (!importedAt.isEmpty()) {
                Instant at = importedAt.get(file.source());
                html.append("<td>").append(importTime(at == null || at.isBefore(checkedAt) ? at : checkedAt)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n</section>\n").toString();
    }

    private static String importTime(Instant at) {
        if (at == null) {
            return "not recorded";
        }
        OffsetDateTime utc = at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        return "<time datetime=\"" + utc + "\">" + UTC_MINUTE.format(utc) + "</time>";
    }

    /** {@code 2019-11-06 to 2019-12-12}: adjacent windows joined, the first few stretches listed. */
    static String coverage(List<Window> covered, ZoneId zone) {
        if (covered.isEmpty()) {
            return "nothing declared";
        }
        List<Window> joined = new ArrayList<>();
        for (Window window : covered.stream().sorted().toList()) {
            Window last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !window.start().isAfter(last.end())) {
                joined.set(joined.size() - 1, new Window(last.start(),
                        window.end().isAfter(last.end()) ? window.end() : last.end()));
            } else {
                joined.add(window);
            }
        }
        List<String> ranges = joined.stream().limit(MAX_COVERAGE_RANGES).map(w -> days(w, zone)).toList();
        String more = joined.size() > MAX_COVERAGE_RANGES ? " and " + (joined.size() - MAX_COVERAGE_RANGES) + " more" : "";
        return String.join(", ", ranges) + more;
    }

    static String days(Window window, ZoneId zone) {
        LocalDate first = window.start().atZone(zone).toLocalDate();
        LocalDate last = window.end().minusNanos(1).atZone(zone).toLocalDate();
        return first.equals(last) ? first.toString() : first + " to " + last;
    }

    /**
     * The dossier's time zone: every period of a dossier is in it, so any series' period tells it.
     * UTC when no claim reads a series.
     */
    static ZoneId zone(DossierCheck check) {
        return check.results().stream().flatMap(r -> r.series().stream())
                .map(s -> s.query().period().zone()).findFirst().orElse(ZoneOffset.UTC);
    }

    static String contents(DossierCheck check) {
        StringBuilder html = new StringBuilder();
        html.append("<nav aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">Claims</h2>\n<ol class=\"toc\">\n");
        List<ClaimResult> results = check.results();
        for (int i = 0; i < results.size(); i++) {
            ClaimResult result = results.get(i);
            html.append("<li><a href=\"#").append(anchor(i, result)).append("\">").append(Html.escape(result.claim().id()))
                    .append("</a> ").append(badge(result.verdict())).append("</li>\n");
        }
        return html.append("</ol>\n</nav>\n").toString();
    }

    /** An element id for the claim: its position keeps it unique, its id keeps links readable. */
    static String anchor(int index, ClaimResult result) {
        return "claim-" + (index + 1) + "-" + result.claim().id().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** One claim: its words and source, the verdict, why, the charts and the evidence. */
    static String claim(int index, ClaimResult result) {
        String anchor = anchor(index, result);
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"claim\" id=\"").append(anchor).append("\" aria-labelledby=\"").append(anchor)
                .append("-heading\">\n<h3 id=\"").append(anchor).append("-heading\">").append(badge(result.verdict()))
                .append("<span class=\"claim-id\">").append(Html.escape(result.claim().id())).append("</span></h3>\n");
        html.append("<blockquote><p>").append(Html.escape(result.claim().text())).append("</p></blockquote>\n");
        result.claim().source().ifPresent(source -> html.append(source(source)));
        html.append("<p class=\"explanation\">").append(Html.escape(result.explanation())).append("</p>\n");
        html.append("<pre><code>").append(Html.escape(result.claim().check())).append("</code></pre>\n");
        result.error().ifPresent(error -> html.append("<p class=\"error\">").append(error.position()
                .map(at -> "Line " + at.line() + ", column " + at.column() + ": ").orElse("")).append(Html.escape(error.message()))
                .append("</p>\n"));
        result.sides().flatMap(sides -> NumberLineChart.svg(anchor + "-sides", sides)).ifPresent(html::append);
        List<SeriesValue> series = result.series();
        for (int i = 0; i < series.size(); i++) {
            SeriesValue value = series.get(i);
            if (value.status() == SeriesStatus.NOT_AGGREGABLE) {
                continue;
            }
            html.append("<h4><code>").append(Html.escape(value.query().ref())).append("</code></h4>\n");
            html.append(SeriesTimeChart.svg(anchor + "-series-" + (i + 1), value));
        }
        if (!series.isEmpty()) {
            html.append(legend());
        }
        html.append(evidence(anchor, result));
        return html.append("</article>\n").toString();
    }

    private static String source(ClaimSource source) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of(source.who(), source.where(), source.when())) {
            if (!part.isBlank()) {
                parts.add(Html.escape(part));
            }
        }
        return parts.isEmpty() ? "" : "<p class=\"source\">— " + String.join(", ", parts) + "</p>\n";
    }

    private static String legend() {
        return "<ul class=\"legend\" aria-label=\"Key to the time charts\"><li><span class=\"swatch bar\"></span>daily figure</li>"
                + "<li><span class=\"swatch span\"></span>figure for a longer window</li>"
                + "<li><span class=\"swatch gap\"></span>no data</li>"
                + "<li><span class=\"swatch disagree\"></span>grains disagree</li></ul>\n";
    }

    private static String evidence(String anchor, ClaimResult result) {
        StringBuilder html = new StringBuilder();
        if (!result.series().isEmpty()) {
            html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(anchor)
                    .append("-evidence\"><table>\n<caption id=\"").append(anchor).append("-evidence\">Evidence")
                    .append(forClaim(result)).append("</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Series</th><th scope=\"col\">Value</th>")
                    .append("<th scope=\"col\">Observations</th><th scope=\"col\">Files and lines</th>")
                    .append("<th scope=\"col\">How it was computed</th></tr></thead>\n<tbody>\n");
            for (SeriesValue series : result.series()) {
                html.append("<tr><th scope=\"row\"><code>").append(Html.breakable(series.query().ref()))
                        .append("</code></th><td class=\"num\">")
                        .append(Html.escape(series.hasValue() ? SeriesText.readableAmount(series) : "no value"))
                        .append("</td><td class=\"num\">").append(series.observations().size()).append("</td><td>")
                        .append(Html.breakable(sourcesByFile(SeriesText.sources(series)))).append("</td><td>")
                        .append(Html.breakable(series.rule()));
                for (String note : series.notes()) {
                    html.append("<br><span class=\"notes\">Note: ").append(Html.escape(note)).append("</span>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append(posts(anchor, result));
        return html.append("<p class=\"rule\">Rule that decided: ").append(Html.escape(result.rule())).append("</p>\n")
                .toString();
    }

    /**
     * Names a claim's table for those who hear it: every claim has an "Evidence" table, and a screen
     * reader's list of regions needs to tell them apart; the claim is already on screen above it.
     */
    private static String forClaim(ClaimResult result) {
        return "<span class=\"visually-hidden\"> for claim " + Html.escape(result.claim().id()) + "</span>";
    }

    /** The posts the explanation names: which post, whose, when, its first words, its link and its values. */
    private static String posts(String anchor, ClaimResult result) {
        List<NamedPost> posts = NamedPost.of(result);
        if (posts.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(anchor)
                .append("-posts\"><table>\n<caption id=\"").append(anchor).append("-posts\">Posts named")
                .append(forClaim(result)).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\">Post</th><th scope=\"col\">Account</th><th scope=\"col\">Day</th>")
                .append("<th scope=\"col\">First words</th><th scope=\"col\">Values</th></tr></thead>\n<tbody>\n");
        for (NamedPost post : posts) {
            String label = "<code>" + Html.escape(post.label()) + "</code>";
            html.append("<tr><th scope=\"row\">")
                    .append(post.link().map(link -> "<a href=\"" + Html.escape(link) + "\" rel=\"nofollow noopener\">" + label + "</a>")
                            .orElse(label))
                    .append(post.link().isEmpty() ? post.address().map(a -> "<br>" + Html.escape(a)).orElse("") : "")
                    .append("</th><td>").append(Html.escape(post.account())).append("</td><td><time datetime=\"")
                    .append(post.day()).append("\">").append(post.day()).append("</time></td><td>")
                    .append(Html.escape(post.preview().orElse(""))).append("</td><td>")
                    .append(Html.escape(String.join(", ", post.values()))).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    /** {@code data/a.csv lines 3, 9; data/b.csv line 2}: each file named once, however long its path. */
    static String sourcesByFile(List<String> sources) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String source : sources) {
            int colon = source.lastIndexOf(':');
            String file = colon > 0 ? source.substring(0, colon) : source;
            lines.computeIfAbsent(file, f -> new ArrayList<>()).add(colon > 0 ? source.substring(colon + 1) : "");
        }
        List<String> parts = new ArrayList<>();
        lines.forEach((file, numbers) -> {
            List<String> known = numbers.stream().filter(n -> !n.isEmpty()).toList();
            parts.add(known.isEmpty() ? file : file + (known.size() == 1 ? " line " : " lines ") + String.join(", ", known));
        });
        return String.join("; ", parts);
    }

    static String resource(String name) {
        try (InputStream in = HtmlSections.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
