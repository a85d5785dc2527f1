package dev.reckon.adapter.file.report;

import dev.reckon.report.ScanReportView;
import dev.reckon.report.ScanReportView.FigureView;
import dev.reckon.report.ScanReportView.SuggestionView;
import dev.reckon.report.ScanReportView.UnboundView;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a scan with a dossier adds: the suggested checks with their verdicts, the figures left unbound,
 * and the suggestions as dossier claims to copy into its {@code claims:}.
 */
final class ScanSuggestions {

    private ScanSuggestions() {
    }

    /** True when the scan was made with a dossier that had any quantity to bind. */
    static boolean any(ScanReportView view) {
        return !view.suggestions().isEmpty() || !view.unbound().isEmpty();
    }

    static String summary(ScanReportView view) {
        String verdicts = view.suggestions().stream()
                .collect(Collectors.groupingBy(SuggestionView::verdict, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        int bound = view.suggestions().size();
        return "With the dossier: " + bound + (bound == 1 ? " figure" : " figures") + " bound, a check suggested for each"
                + (verdicts.isEmpty() ? "" : " (" + verdicts + ")") + "; " + view.unbound().size() + " unbound.";
    }

    static String text(ScanReportView view) {
        StringBuilder out = new StringBuilder();
        if (!view.suggestions().isEmpty()) {
            out.append("\nSuggested checks (against the dossier's data; copy them into its claims)\n");
            for (SuggestionView s : view.suggestions()) {
                out.append(String.format(Locale.ROOT, "  %-4s %-10s %s%n", s.figure(), s.verdict(), s.check()));
                out.append("       ").append(s.explanation()).append('\n');
            }
        }
        if (!view.unbound().isEmpty()) {
            out.append("\nNot bound to the dossier\n");
            for (UnboundView u : view.unbound()) {
                out.append(String.format(Locale.ROOT, "  %-4s %s%n", u.figure(), u.reason()));
            }
        }
        if (!view.suggestions().isEmpty()) {
            out.append("\nAs dossier claims:\n\n").append(claims(view).indent(2));
        }
        return out.toString();
    }

    static String markdown(ScanReportView view, Function<String, String> cell) {
        StringBuilder out = new StringBuilder();
        if (!view.suggestions().isEmpty()) {
            out.append("## Suggested checks\n\n| figure | check | verdict | explanation |\n| --- | --- | --- | --- |\n");
            for (SuggestionView s : view.suggestions()) {
                out.append("| ").append(s.figure()).append(" | `").append(s.check()).append("` | ").append(s.verdict())
                        .append(" | ").append(cell.apply(s.explanation())).append(" |\n");
            }
            out.append("\nTo keep them, copy these claims into the dossier:\n\n```yaml\n").append(claims(view)).append("```\n\n");
        }
        if (!view.unbound().isEmpty()) {
            out.append("## Not bound to the dossier\n\n| figure | why |\n| --- | --- |\n");
            for (UnboundView u : view.unbound()) {
                out.append("| ").append(u.figure()).append(" | ").append(cell.apply(u.reason())).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The suggestions as entries of a dossier's {@code claims:}, in YAML; the text is the figure as the text writes it. */
    static String claims(ScanReportView view) {
        Map<String, FigureView> figures = view.figures().stream().collect(Collectors.toMap(FigureView::id, f -> f));
        StringBuilder yaml = new StringBuilder();
        for (SuggestionView s : view.suggestions()) {
            FigureView f = figures.get(s.figure());
            String said = (f.qualifier() == null ? "" : f.qualifier() + " ") + f.text() + (f.noun() == null ? "" : " " + f.noun());
            yaml.append("- id: text-").append(s.figure()).append('\n')
                    .append("  text: ").append(quoted(said.replaceAll("\\s+", " "))).append('\n')
                    .append("  check: ").append(quoted(s.check())).append('\n');
        }
        return yaml.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
