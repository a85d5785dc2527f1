package dev.reckon.adapter.file.report;

import static dev.reckon.adapter.file.report.MarkdownText.cell;
import static dev.reckon.adapter.file.report.MarkdownText.code;
import static dev.reckon.adapter.file.report.MarkdownText.inline;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.series.SeriesValue;
import dev.reckon.report.ClaimReportView;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report to paste into a document: the dossier's title, a table of the claims with their
 * verdicts, the summary, then the evidence (every series each claim reads, with its value and
 * where it came from). Every text from the dossier or its data goes through {@link MarkdownText}, so
 * that it shows as written and never as HTML or a link.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    @Override
    public void render(DossierCheck check, Writer out) throws IOException {
        out.write("# " + inline(check.title()) + "\n\n");
        out.write("| Verdict | Claim | Text | Check | Explanation |\n");
        out.write("| --- | --- | --- | --- | --- |\n");
        for (ClaimResult result : check.results()) {
            out.write("| **" + result.verdict().id() + "** | " + code(result.claim().id()) + " | "
                    + cell(result.claim().text()) + " | " + code(result.claim().check()) + " | "
                    + cell(result.explanation()) + " |\n");
        }
        out.write("\n**Summary:** " + VerdictCounts.sentence(check.summary()) + "\n");
        if (check.results().stream().anyMatch(r -> !r.series().isEmpty())) {
            writeEvidence(check, out);
        }
    }

    private static void writeEvidence(DossierCheck check, Writer out) throws IOException {
        out.write("\n## Evidence\n");
        for (ClaimResult result : check.results()) {
            if (result.series().isEmpty()) {
                continue;
            }
            out.write("\n### " + inline(result.claim().id()) + "\n\n");
            out.write("Rule: " + inline(result.rule()) + "\n\n");
            for (SeriesValue series : result.series()) {
                out.write("- " + code(series.query().ref()) + ": " + (series.hasValue() ? SeriesText.amount(series)
                        : "no value") + ", " + SeriesText.observations(series.observations().size())
                        + sources(series) + ". " + inline(series.rule()) + "\n");
                if (series.hasValue() && !series.gaps().isEmpty()) {
                    out.write("  - not covered by any data: " + gaps(series) + "\n");
                }
                for (String note : series.notes()) {
                    out.write("  - " + inline(note) + "\n");
                }
            }
            writePosts(NamedPost.of(result), out);
        }
    }

    /** The posts the explanation names, each with its day, first words, link and values. */
    private static void writePosts(List<NamedPost> posts, Writer out) throws IOException {
        if (posts.isEmpty()) {
            return;
        }
        out.write("\nPosts named:\n\n");
        for (NamedPost post : posts) {
            List<String> parts = new ArrayList<>();
            parts.add(post.day().toString());
            post.preview().ifPresent(text -> parts.add("\u201c" + inline(text) + "\u201d"));
            post.link().map(link -> "<" + link + ">").or(() -> post.address().map(MarkdownText::code)).ifPresent(parts::add);
            parts.add(inline(String.join(", ", post.values())));
            out.write("- post " + code(post.label()) + " (" + inline(post.account()) + "): "
                    + String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList()) + "\n");
        }
    }

    private static String sources(SeriesValue series) {
        List<String> sources = SeriesText.sources(series);
        return sources.isEmpty() ? "" : " (" + inline(String.join(", ", sources)) + ")";
    }

    /** The stretches no data accounts for, written as the JSON report writes them. */
    private static String gaps(SeriesValue series) {
        return series.gaps().stream().map(gap -> ClaimReportView.GapView.of(gap, series.query().period().zone()))
                .map(gap -> gap.from() + " to " + gap.to()).collect(Collectors.joining(", "));
    }
}
