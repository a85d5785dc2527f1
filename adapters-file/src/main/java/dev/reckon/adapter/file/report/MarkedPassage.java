package dev.reckon.adapter.file.report;

import dev.reckon.report.ScanReportView.FigureView;
import java.util.List;
import java.util.function.Function;

/** The text with every figure wrapped in marks, for the text and Markdown reports. */
final class MarkedPassage {

    private MarkedPassage() {
    }

    /**
     * @param open  what goes before a figure
     * @param close what goes after it (its id and status, say)
     * @param plain how text between figures is written (escaped for Markdown, say)
     */
    static String of(String text, List<FigureView> figures, Function<FigureView, String> open,
                     Function<FigureView, String> close, Function<String, String> plain) {
        StringBuilder out = new StringBuilder(text.length() + figures.size() * 16);
        int at = 0;
        for (FigureView f : figures) {
            if (f.start() < at) {
                continue;
            }
            out.append(plain.apply(text.substring(at, f.start())));
            out.append(open.apply(f)).append(plain.apply(f.text())).append(close.apply(f));
            at = f.end();
        }
        out.append(plain.apply(text.substring(at)));
        return out.toString();
    }
}
