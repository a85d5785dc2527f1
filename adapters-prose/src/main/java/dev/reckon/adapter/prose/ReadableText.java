package dev.reckon.adapter.prose;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a text with HTML tags dropped and entities decoded, and for every character the
 * offset it came from, so that what is found in the words points into the original. Plain text
 * and Markdown are their own words.
 *
 * @param words      what the scanner reads
 * @param originalAt for each character of {@code words}, its offset in the original; one more entry
 *                   for the end
 */
record ReadableText(String words, int[] originalAt) {

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("pound", "£"), Map.entry("euro", "€"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…"), Map.entry("thinsp", " "));

    static ReadableText of(String original) {
        return looksLikeHtml(original) ? withoutMarkup(original) : plain(original);
    }

    int original(int offset) {
        return originalAt[Math.max(0, Math.min(offset, originalAt.length - 1))];
    }

    private static ReadableText plain(String text) {
        int[] at = new int[text.length() + 1];
        Arrays.setAll(at, i -> i);
        return new ReadableText(text, at);
    }

    /** HTML when it opens with a doctype or html tag, or holds a paragraph, break or div tag. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        String start = head.stripLeading();
        return start.startsWith("<!doctype html") || start.startsWith("<html") || head.contains("<p>")
                || head.contains("<p ") || head.contains("<br") || head.contains("<div");
    }

    private static ReadableText withoutMarkup(String html) {
        StringBuilder words = new StringBuilder(html.length());
        int[] at = new int[html.length() + 1];
        int n = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                int end = close < 0 ? html.length() : close + 1;
                String tag = html.substring(i, end).toLowerCase(Locale.ROOT);
                int skipTo = skippedElementEnd(html, tag, end);
                // A tag separates words; a block tag also ends a sentence.
                words.append(isBlock(tag) ? '\n' : ' ');
                at[n++] = i;
                i = skipTo;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                words.append(decoded == null ? "&" : decoded);
                at[n++] = i;
                i = decoded == null ? i + 1 : semi + 1;
            } else {
                words.append(c);
                at[n++] = i;
                i++;
            }
        }
        at[n] = html.length();
        return new ReadableText(words.toString(), Arrays.copyOf(at, n + 1));
    }

    private static int skippedElementEnd(String html, String tag, int afterTag) {
        for (String element : new String[] {"script", "style"}) {
            if (tag.startsWith("<" + element)) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + element, afterTag);
                if (close < 0) {
                    return html.length();
                }
                int end = html.indexOf('>', close);
                return end < 0 ? html.length() : end + 1;
            }
        }
        return afterTag;
    }

    private static boolean isBlock(String tag) {
        String name = tag.replaceAll("^</?([a-z0-9]*).*$", "$1");
        return switch (name) {
            case "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                    "article", "blockquote", "title" -> true;
            default -> false;
        };
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10);
        }
        return ENTITIES.get(name);
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            // One character only, so that every character of the words has one original offset.
            return Character.isBmpCodePoint(cp) && cp > 0 ? String.valueOf((char) cp) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
