package dev.reckon.adapter.file.report;

/**
 * Puts text taken from a dossier or its data into Markdown so that it shows as written and does
 * nothing else. Markdown passes raw HTML through and makes links of brackets, so a title of
 * {@code <script>} or a claim of {@code [see](javascript:...)} would otherwise run or link in the
 * reader's viewer. Angle brackets and ampersands become entities; the characters that start
 * emphasis, links, images, strikethrough or code are escaped with a backslash; a table cell's pipes
 * too. Everything keeps to one line, so a value cannot start a heading or a list of its own.
 */
final class MarkdownText {

    private static final String ESCAPED = "\\`*_[]~";

    private MarkdownText() {
    }

    /** Text in running prose or a heading. */
    static String inline(String text) {
        String line = TableReportRenderer.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (ESCAPED.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Text inside a table cell: inline, pipes escaped. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /**
     * A code span, shown literally by every viewer: its fence is one backtick longer than the
     * longest run of backticks inside, so no value can close it early and continue as Markdown.
     * GitHub tables need the pipe escaped even inside one.
     */
    static String code(String text) {
        String line = TableReportRenderer.oneLine(text).replace("|", "\\|");
        String fence = "`".repeat(longestBacktickRun(line) + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return pad ? fence + " " + line + " " + fence : fence + line + fence;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
