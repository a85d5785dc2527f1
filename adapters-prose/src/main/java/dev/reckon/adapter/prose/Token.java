package dev.reckon.adapter.prose;

import java.util.Locale;

/**
 * A piece of the words: a number ({@code 1,204,550}, {@code 37.4}), a word ({@code leader's}),
 * letters and digits run together ({@code 325m}, {@code EU2024}, {@code 12th}) or one other character.
 *
 * @param spaceBefore whether white space separates it from the token before
 */
record Token(Type type, String text, int start, int end, boolean spaceBefore) {

    enum Type { NUMBER, WORD, MIXED, SYMBOL }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(Type wanted) {
        return type == wanted;
    }

    boolean isWord(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char c) {
        return type == Type.SYMBOL && text.charAt(0) == c;
    }

    boolean isDash() {
        return type == Type.SYMBOL && "-–—‑".indexOf(text.charAt(0)) >= 0;
    }

    boolean isCapitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** A number without separators or fraction. */
    boolean isPlainInteger() {
        return type == Type.NUMBER && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
