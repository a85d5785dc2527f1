package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * One line per claim (verdict, id, the plain sentence) and a summary line, for a person reading a
 * terminal. Colour marks the verdicts only when asked for: the caller decides whether the output
 * is a terminal that wants it.
 */
public final class TableReportRenderer implements ReportRenderer {

    private static final String RESET = "\u001B[0m";
    private static final int VERDICT_WIDTH = Arrays.stream(Verdict.values())
            .mapToInt(v -> v.id().length()).max().orElse(0);

    private final boolean colour;

    private TableReportRenderer(boolean colour) {
        this.colour = colour;
    }

    public static TableReportRenderer plain() {
        return new TableReportRenderer(false);
    }

    public static TableReportRenderer coloured() {
        return new TableReportRenderer(true);
    }

    public boolean isColoured() {
        return colour;
    }

    @Override
    public void render(DossierCheck check, Writer out) throws IOException {
        int idWidth = check.results().stream().mapToInt(r -> r.claim().id().length()).max().orElse(0);
        for (ClaimResult result : check.results()) {
            String id = result.claim().id();
            out.write(verdict(result.verdict()) + "  " + id + " ".repeat(idWidth - id.length()) + "  "
                    + oneLine(result.explanation()) + "\n");
        }
        out.write(VerdictCounts.sentence(check.summary()) + "\n");
    }

    private String verdict(Verdict verdict) {
        String padding = " ".repeat(VERDICT_WIDTH - verdict.id().length());
        return colour ? ansi(verdict) + verdict.id() + RESET + padding : verdict.id() + padding;
    }

    /** Green for true, red for false, yellow for undecided, dim for no-data, bold red for invalid. */
    private static String ansi(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> "\u001B[32m";
            case FALSE -> "\u001B[31m";
            case UNDECIDED -> "\u001B[33m";
            case NO_DATA -> "\u001B[2m";
            case INVALID -> "\u001B[1;31m";
        };
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
