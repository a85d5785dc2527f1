package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Token.Kind;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.FigureSyntaxException;
import dev.reckon.domain.number.Magnitude;
import dev.reckon.domain.number.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a check into tokens. Inside braces names may hold '-' and '.' ({@code polling-day}) and
 * start with a digit; outside them '-' is the minus sign. A comma inside a number is a thousands
 * separator only when exactly three digits and then a non-digit follow it, so {@code 436,000} is
 * one figure while {@code max(a, b)} separates arguments.
 */
final class CheckLexer {

    private static final String SYMBOLS = "(){},+-*/~=<>";
    private static final List<String> QUALIFIER_PHRASES = qualifierPhrasesLongestFirst();

    private final String text;
    private int pos;
    private boolean insideBraces;
    private int counted;
    private int line = 1;
    private int column = 1;

    private CheckLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) throws CheckSyntaxException {
        return new CheckLexer(text).all();
    }

    private List<Token> all() throws CheckSyntaxException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", position(pos), Optional.empty()));
                return tokens;
            }
            tokens.add(insideBraces ? nextInsideBraces() : nextOutsideBraces());
        }
    }

    private Token nextOutsideBraces() throws CheckSyntaxException {
        char c = text.charAt(pos);
        if (startsFigure(pos)) {
            return figure(pos, pos, "");
        }
        if (Character.isLetter(c) || c == '_') {
            Optional<Token> qualified = qualifiedFigure();
            if (qualified.isPresent()) {
                return qualified.get();
            }
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Kind.WORD, text.substring(start, pos), position(start), Optional.empty());
        }
        if (c == '"') {
            return quoted();
        }
        if (c == '\u2212') {
            return symbol("-", 1);
        }
        if ((c == '<' || c == '>') && pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
            return symbol(c + "=", 2);
        }
        if (SYMBOLS.indexOf(c) >= 0) {
            if (c == '{') {
                insideBraces = true;
            }
            return symbol(String.valueOf(c), 1);
        }
        throw CheckSyntaxException.at(position(pos), "unexpected character " + characterAt(pos));
    }

    private Token nextInsideBraces() throws CheckSyntaxException {
        char c = text.charAt(pos);
        if (c == '}') {
            insideBraces = false;
            return symbol("}", 1);
        }
        if (c == ',' || c == '=') {
            return symbol(String.valueOf(c), 1);
        }
        if (c == '"') {
            return quoted();
        }
        if (c == '*') {
            // "every subject" or "every platform" in a set: impressions{*, facebook, ge2019} by subject
            Token every = new Token(Kind.NAME, "*", position(pos), Optional.empty());
            pos++;
            return every;
        }
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw CheckSyntaxException.at(position(pos), "unexpected character " + characterAt(pos)
                    + " inside braces: put a name with spaces or punctuation in double quotes");
        }
        return new Token(Kind.NAME, text.substring(start, pos), position(start), Optional.empty());
    }

    private Token quoted() throws CheckSyntaxException {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                pos++;
                c = text.charAt(pos);
            }
            value.append(c);
            pos++;
        }
        if (pos >= text.length()) {
            throw CheckSyntaxException.at(position(start), "the quoted name starting here has no closing '\"'");
        }
        pos++;
        return new Token(Kind.QUOTED, value.toString(), position(start), Optional.empty());
    }

    /** "more than 1.5m": the qualifier and the figure become one token. */
    private Optional<Token> qualifiedFigure() throws CheckSyntaxException {
        for (String phrase : QUALIFIER_PHRASES) {
            int afterPhrase = pos + phrase.length();
            if (!text.regionMatches(true, pos, phrase, 0, phrase.length())
                    || afterPhrase >= text.length() || !Character.isWhitespace(text.charAt(afterPhrase))) {
                continue;
            }
            int figureStart = afterPhrase;
            while (figureStart < text.length() && Character.isWhitespace(text.charAt(figureStart))) {
                figureStart++;
            }
            int afterSign = figureStart < text.length() && text.charAt(figureStart) == '-' ? figureStart + 1 : figureStart;
            if (afterSign < text.length() && startsFigure(afterSign)) {
                int start = pos;
                pos = afterSign;
                return Optional.of(figure(start, figureStart, phrase + " "));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the figure whose number starts at {@code pos}; {@code start} is where the token starts
     * (at its qualifier, if any) and {@code figureStart} where the figure's own text starts.
     */
    private Token figure(int start, int figureStart, String qualifierText) throws CheckSyntaxException {
        if (isCurrency(text.charAt(pos))) {
            pos++;
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isDigit(c)) {
                pos++;
            } else if (c == ',' && isThousandsGroupAt(pos + 1)) {
                pos++;
            } else {
                break;
            }
        }
        // A second decimal point ("1.2.3") stays in the figure, so the figure reader can say what is wrong.
        while (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        int numberEnd = pos;
        rejectExponent(figureStart, numberEnd);
        pos = spacedSuffixAt(numberEnd).orElse(numberEnd);
        int suffixStart = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '%') {
            pos++;
        }
        String written = text.substring(figureStart, numberEnd) + text.substring(suffixStart, pos);
        try {
            Figure figure = Figure.parse(qualifierText + written);
            return new Token(Kind.FIGURE, text.substring(start, pos), position(start), Optional.of(figure));
        } catch (FigureSyntaxException e) {
            int index = Math.max(0, e.column() - 1 - qualifierText.length());
            int gap = index > numberEnd - figureStart ? suffixStart - numberEnd : 0;
            throw CheckSyntaxException.at(position(figureStart + index + gap),
                    "'" + written + "' is not a figure: " + e.reason());
        }
    }

    /**
     * "1.5 m", "£2 bn", "50 %": where spaces and then a magnitude suffix or a percent sign follow a
     * number, where the suffix starts. Nothing else in the language may follow a number that way,
     * so reading them as one figure is safe, and it is how much of the press writes figures.
     */
    private Optional<Integer> spacedSuffixAt(int numberEnd) {
        int after = numberEnd;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after == numberEnd || after >= text.length()) {
            return Optional.empty();
        }
        if (text.charAt(after) == '%') {
            return Optional.of(after);
        }
        int wordEnd = after;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        boolean followedByName = wordEnd < text.length() && (isDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '_');
        return Magnitude.isSuffix(text.substring(after, wordEnd)) && !followedByName ? Optional.of(after) : Optional.empty();
    }

    /**
     * "2e1" would read as the figure "2e" and then a stray "1"; say instead that exponents are not
     * part of the language, which writes figures as people do in prose.
     */
    private void rejectExponent(int figureStart, int numberEnd) throws CheckSyntaxException {
        int digit = numberEnd + 1;
        if (numberEnd >= text.length() || Character.toLowerCase(text.charAt(numberEnd)) != 'e') {
            return;
        }
        if (digit < text.length() && (text.charAt(digit) == '+' || text.charAt(digit) == '-')) {
            digit++;
        }
        if (digit >= text.length() || !isDigit(text.charAt(digit))) {
            return;
        }
        int end = digit;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        throw CheckSyntaxException.at(position(figureStart), "'" + text.substring(figureStart, end)
                + "' is not a figure: exponents are not read; write the number out, or with a magnitude such as 1.5m");
    }

    private boolean isThousandsGroupAt(int index) {
        if (index + 3 > text.length()) {
            return false;
        }
        for (int i = index; i < index + 3; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return index + 3 == text.length() || !isDigit(text.charAt(index + 3));
    }

    private boolean startsFigure(int index) {
        char c = text.charAt(index);
        boolean digitNext = index + 1 < text.length() && isDigit(text.charAt(index + 1));
        return isDigit(c) || (c == '.' && digitNext) || (isCurrency(c) && (digitNext
                || (index + 2 < text.length() && text.charAt(index + 1) == '.' && isDigit(text.charAt(index + 2)))));
    }

    private Token symbol(String symbol, int length) {
        Token token = new Token(Kind.SYMBOL, symbol, position(pos), Optional.empty());
        pos += length;
        return token;
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /**
     * The whole character at {@code index}, quoted: an emoji is two {@code char}s, and a message
     * that kept only the first would be text no encoder can write.
     */
    private String characterAt(int index) {
        int codePoint = text.codePointAt(index);
        boolean unprintable = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.getType(codePoint) == Character.SURROGATE || Character.isSpaceChar(codePoint);
        String character = unprintable ? String.format(Locale.ROOT, "U+%04X", codePoint) : Character.toString(codePoint);
        return "'" + character + "'";
    }

    /**
     * The line and column of {@code index}, columns counted in characters as a reader sees them
     * (an emoji is one). Tokens are read forwards, so the count goes on from the last position
     * asked for rather than from the start of the check.
     */
    private Position position(int index) {
        if (index < counted) {
            counted = 0;
            line = 1;
            column = 1;
        }
        while (counted < index) {
            char c = text.charAt(counted);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || counted == 0 || !Character.isHighSurrogate(text.charAt(counted - 1))) {
                column++;
            }
            counted++;
        }
        return new Position(line, column);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '\'' || c == '&';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCurrency(char c) {
        return c == '£' || c == '$' || c == '€';
    }

    private static List<String> qualifierPhrasesLongestFirst() {
        List<String> phrases = new ArrayList<>();
        for (Qualifier qualifier : Qualifier.values()) {
            phrases.addAll(qualifier.phrases());
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(phrases);
    }
}
