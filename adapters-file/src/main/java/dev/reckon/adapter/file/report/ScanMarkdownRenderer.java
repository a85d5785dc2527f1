package dev.reckon.adapter.file.report;

import dev.reckon.report.ScanReportView;
import dev.reckon.report.ScanReportView.FigureView;
import dev.reckon.report.ScanReportView.RelationView;
import dev.reckon.application.port.in.TextScan;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The passage with each figure in bold and its id and status in superscript, then a table of the
 * relations and one of the figures, then the summary.
 */
public final class ScanMarkdownRenderer implements ScanRenderer {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    @Override
    public void render(TextScan scan, Writer out) throws IOException {
        ScanReportView view = ScanReportView.of(scan);
        out.write("# Figures in the text\n\n");
        out.write(withLineBreaks(MarkedPassage.of(scan.text().text(), view.figures(), f -> "**",
                f -> "**<sup>" + f.id() + " " + mark(f.status()) + "</sup>", ScanMarkdownRenderer::escape).strip()));
        out.write("\n\n");
        if (!view.relations().isEmpty()) {
            out.write("## Relations\n\n| id | kind | check | verdict | explanation |\n| --- | --- | --- | --- | --- |\n");
            for (RelationView r : view.relations()) {
                out.write("| " + r.id() + " | " + r.kind() + " | `" + r.check() + "` | " + r.verdict() + " | "
                        + cell(r.explanation()) + " |\n");
            }
            out.write("\n");
        }
        out.write(ScanSuggestions.markdown(view, ScanMarkdownRenderer::cell));
        out.write("## Figures\n\n| id | line:column | text | kind | status |\n| --- | --- | --- | --- | --- |\n");
        for (FigureView f : view.figures()) {
            out.write("| " + f.id() + " | " + f.line() + ":" + f.column() + " | " + cell(f.text()) + " | " + f.kind() + " | "
                    + cell(ScanTextRenderer.status(f, view)) + " |\n");
        }
        out.write("\n" + ScanSummary.of(view.summary()) + "\n");
        if (ScanSuggestions.any(view)) {
            out.write("\n" + ScanSuggestions.summary(view) + "\n");
        }
    }

    private static String mark(String status) {
        return switch (status) {
            case "consistent" -> "✓";
            case "inconsistent" -> "✗";
            case "undecided" -> "?";
            default -> "–";
        };
    }

    /**
     * The passage's single line breaks as Markdown hard breaks (a backslash at the end of the line), so
     * that a viewer shows the lines as the text has them instead of joining them into one paragraph;
     * a blank line already parts paragraphs and is left as it is, as is every other character.
     */
    static String withLineBreaks(String passage) {
        String[] lines = LINE_BREAK.split(passage, -1);
        StringBuilder out = new StringBuilder(passage.length() + lines.length * 2);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i + 1 < lines.length) {
                boolean insideParagraph = !lines[i].isBlank() && !lines[i + 1].isBlank();
                out.append(insideParagraph ? "\\\n" : "\n");
            }
        }
        return out.toString();
    }

    /** The passage's own characters that Markdown would read as marks are written as themselves. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\*_`\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String text) {
        return escape(text).replace("\n", " ");
    }
}
