package dev.reckon.adapter.file.report;

import dev.reckon.report.ScanReportView;
import dev.reckon.report.ScanReportView.FigureView;
import dev.reckon.report.ScanReportView.RelationView;
import dev.reckon.application.port.in.TextScan;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Function;

/**
 * The passage with each figure marked {@code [£1.2m|f3]}, then every figure with where it is, its
 * kind and its status, then every relation with its check and verdict, then a summary.
 */
public final class ScanTextRenderer implements ScanRenderer {

    @Override
    public void render(TextScan scan, Writer out) throws IOException {
        ScanReportView view = ScanReportView.of(scan);
        out.write(MarkedPassage.of(scan.text().text(), view.figures(), f -> "[", f -> "|" + f.id() + "]",
                Function.identity()).stripTrailing());
        out.write("\n\nFigures\n");
        for (FigureView f : view.figures()) {
            out.write(String.format(Locale.ROOT, "  %-4s %-8s %-9s %-24s %s%n", f.id(), f.line() + ":" + f.column(),
                    f.kind(), ellipsis(f.text()), status(f, view)));
        }
        if (!view.relations().isEmpty()) {
            out.write("\nRelations\n");
            for (RelationView r : view.relations()) {
                out.write(String.format(Locale.ROOT, "  %-4s %-10s %-12s %s%n", r.id(), r.verdict(), r.kind(), r.check()));
                out.write("       " + r.explanation() + "\n");
            }
        }
        if (ScanSuggestions.any(view)) {
            out.write(ScanSuggestions.text(view));
        }
        out.write("\n" + ScanSummary.of(view.summary()) + "\n");
        if (ScanSuggestions.any(view)) {
            out.write(ScanSuggestions.summary(view) + "\n");
        }
    }

    static String status(FigureView f, ScanReportView view) {
        if (f.reason() != null) {
            return "not checked: " + f.reason();
        }
        String relations = view.relations().stream().filter(r -> r.figures().contains(f.id())).map(RelationView::id)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return f.status() + (relations.isEmpty() ? "" : " (" + relations + ")");
    }

    private static String ellipsis(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 23) + "…";
    }
}
