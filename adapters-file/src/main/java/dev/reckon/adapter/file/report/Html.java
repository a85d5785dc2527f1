package dev.reckon.adapter.file.report;

/**
 * Text from a dossier or a data file made safe inside HTML or SVG: it is written as text, never as
 * markup, so a claim quoting {@code <script>} shows the word and runs nothing.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for an element's content or a double-quoted attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and line ends are not allowed in HTML text.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Escapes text, letting a line break after each {@code /}, {@code ,} and <code>{</code>: a file
     * path or a series such as <code>reach{labour,facebook,ge2019}</code> then wraps between its
     * parts in a narrow table cell or on paper, never in the middle of a name. {@code <wbr>} adds no
     * character, so copying the text copies the path as it is.
     */
    public static String breakable(String text) {
        String escaped = escape(text);
        StringBuilder out = new StringBuilder(escaped.length() + 16);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            out.append(c);
            boolean last = i == escaped.length() - 1;
            if ((c == '/' || c == ',' || c == '{') && !last) {
                out.append("<wbr>");
            }
        }
        return out.toString();
    }

    /**
     * JSON for inside {@code <script type="application/ld+json">}: a {@code <} can only be in a JSON
     * string, where its Unicode escape means the same, so no {@code </script>} in a claim ends the script early.
     */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c");
    }
}
