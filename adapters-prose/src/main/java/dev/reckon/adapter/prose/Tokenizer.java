package dev.reckon.adapter.prose;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits words into tokens. A comma (or a no-break space between digit groups) belongs to a number
 * only when exactly three digits and then a non-digit follow it (as in the claim language), so "3,4
 * and 5" is three numbers; a point only when a digit follows, so a sentence may end right after a
 * number.
 */
final class Tokenizer {

    private final String text;
    private int pos;
    private boolean space;
    private final List<Token> tokens = new ArrayList<>();

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                pos++;
            } else if (isDigit(c)) {
                number();
            } else if (Character.isLetter(c)) {
                word();
            } else {
                int length = Character.isHighSurrogate(c) && pos + 1 < text.length() ? 2 : 1;
                add(Token.Type.SYMBOL, pos, pos + length);
            }
        }
    }

    private void number() {
        int start = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isDigit(c) || (c == '.' && digitAt(pos + 1)) || ((c == ',' || isGroupSpace(c)) && thousandsGroupAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            add(Token.Type.MIXED, start, pos);
            return;
        }
        add(Token.Type.NUMBER, start, pos);
    }

    private void word() {
        int start = pos;
        boolean digits = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetter(c)) {
                pos++;
            } else if (isDigit(c)) {
                digits = true;
                pos++;
            } else if ((c == '\'' || c == '’') && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        add(digits ? Token.Type.MIXED : Token.Type.WORD, start, pos);
    }

    private void add(Token.Type type, int start, int end) {
        tokens.add(new Token(type, text.substring(start, end), start, end, space || start == 0));
        space = false;
        pos = end;
    }

    private boolean thousandsGroupAt(int at) {
        return at + 3 <= text.length() && digitAt(at) && digitAt(at + 1) && digitAt(at + 2) && !digitAt(at + 3);
    }

    /**
     * A no-break, thin or narrow no-break space, which typesetters put between groups of digits
     * ("1 200 000"); a plain space does not join numbers, since "in 12 300 people" is rarer than two.
     */
    static boolean isGroupSpace(char c) {
        return c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }

    private boolean digitAt(int at) {
        return at < text.length() && isDigit(text.charAt(at));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
