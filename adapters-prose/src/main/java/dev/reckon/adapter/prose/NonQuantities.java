package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers that are not quantities: years, dates, times of day, ordinals and labels ("EU2024", "Q3",
 * "COVID-19", "Article 50"). Tried before amounts, so none of them is ever counted with.
 */
final class NonQuantities {

    private static final Pattern ORDINAL = Pattern.compile("[0-9]+(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("[0-9]{1,2}([.:][0-9]{2})?(am|pm)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_DATE = Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{2,4}");
    private static final Pattern SUFFIXED = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?(k|m|mn|bn|b)", Pattern.CASE_INSENSITIVE);
    /** Nouns after which a four-digit number is a count, not a year: "2019 donors". */
    private static final Set<String> COUNTED = Set.of("people", "donors", "members", "votes", "voters", "views",
            "followers", "likes", "shares", "volunteers", "supporters", "donations", "gifts", "signatures",
            "doors", "calls", "messages", "posts", "comments", "impressions", "new", "more", "extra");

    private final List<Token> tokens;
    private final String words;

    NonQuantities(List<Token> tokens, String words) {
        this.tokens = tokens;
        this.words = words;
    }

    Optional<Found> at(int i) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(i);
        switch (t.type()) {
            case MIXED:
                return mixed(i, t);
            case NUMBER:
                return number(i, t);
            case WORD:
                return word(i, t);
            default:
                return Optional.empty();
        }
    }

    private Optional<Found> mixed(int i, Token t) {
        if (ORDINAL.matcher(t.text()).matches()) {
            Optional<Found> date = dayThenMonth(i);
            return date.isPresent() ? date : Optional.of(span(i, i + 1, FigureKind.ORDINAL));
        }
        if (CLOCK.matcher(t.text()).matches()) {
            return Optional.of(span(i, i + 1, FigureKind.TIME));
        }
        if (SUFFIXED.matcher(t.text()).matches() || Ratios.MULTIPLIED.matcher(t.text()).matches()) {
            return Optional.empty();
        }
        // A label: letters and digits run together, with the words joined to it by dashes ("under-25s").
        int end = i + 1;
        while (isJoined(end) && token(end).isDash() && isJoined(end + 1) && token(end + 1).type() != Token.Type.SYMBOL) {
            end += 2;
        }
        int first = i;
        while (isJoined(first) && token(first - 1).isDash() && isJoined(first - 1) && token(first - 2) != null
                && token(first - 2).type() == Token.Type.WORD) {
            first -= 2;
        }
        return Optional.of(span(first, end, FigureKind.LABEL));
    }

    private Optional<Found> number(int i, Token t) {
        if (DOTTED_DATE.matcher(t.text()).matches()) {
            return Optional.of(span(i, i + 1, FigureKind.DATE));
        }
        Optional<Found> numeric = numericDate(i);
        if (numeric.isPresent()) {
            return numeric;
        }
        Optional<Found> clock = clock(i, t);
        if (clock.isPresent()) {
            return clock;
        }
        Optional<Found> date = dayThenMonth(i);
        if (date.isPresent()) {
            return date;
        }
        if (isYear(i)) {
            int end = i + 1;
            // "2017-19", "2017–2019": one span of years.
            if (isJoined(end) && token(end).isDash() && isJoined(end + 1) && token(end + 1).isPlainInteger()
                    && (token(end + 1).text().length() == 2 || token(end + 1).text().length() == 4)) {
                end += 2;
            }
            return Optional.of(span(i, end, FigureKind.YEAR));
        }
        if (numbersAPost(i, t) || numbersAListItem(i, t)) {
            return Optional.of(span(i, i + 2, FigureKind.LABEL));
        }
        Token before = token(i - 1);
        if (before != null && before.isCapitalised() && Lexicon.LABEL_WORDS.contains(before.lower()) && t.isPlainInteger()) {
            return Optional.of(span(i - 1, i + 1, FigureKind.LABEL));
        }
        // "COVID-19": a capitalised word joined to the number by a dash.
        if (t.isPlainInteger() && !t.spaceBefore() && before != null && before.isDash() && !before.spaceBefore()) {
            Token name = token(i - 2);
            if (name != null && name.type() == Token.Type.WORD && name.text().chars().allMatch(Character::isUpperCase)
                    && name.text().length() > 1) {
                return Optional.of(span(i - 2, i + 1, FigureKind.LABEL));
            }
        }
        return Optional.empty();
    }

    /** "1/ Campaign wrap": a thread numbers its posts with a slash that nothing follows. */
    private boolean numbersAPost(int i, Token t) {
        Token slash = token(i + 1);
        Token after = token(i + 2);
        return t.isPlainInteger() && t.text().length() <= 3 && slash != null && slash.isSymbol('/') && !slash.spaceBefore()
                && (after == null || after.spaceBefore());
    }

    /** "1. Shares: 300" at the start of a line: the number of a list item. */
    private boolean numbersAListItem(int i, Token t) {
        Token mark = token(i + 1);
        Token after = token(i + 2);
        return t.isPlainInteger() && t.text().length() <= 3 && mark != null && (mark.isSymbol('.') || mark.isSymbol(')'))
                && !mark.spaceBefore() && after != null && after.spaceBefore() && startsLine(t);
    }

    private boolean startsLine(Token t) {
        for (int k = t.start() - 1; k >= 0; k--) {
            char c = words.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private Optional<Found> word(int i, Token t) {
        if (!isMonth(t)) {
            return Optional.empty();
        }
        Token day = token(i + 1);
        if (day != null && (isDay(day) || (day.type() == Token.Type.MIXED && ORDINAL.matcher(day.text()).matches()
                && isDayNumber(day.text().replaceAll("[^0-9]", ""))))) {
            return Optional.of(span(i, withYear(i + 2), FigureKind.DATE));
        }
        if (day != null && isYearToken(day)) {
            return Optional.of(span(i, i + 2, FigureKind.DATE));
        }
        return Optional.empty();
    }

    /** "12 December", "12th of December", "12 December 2019". */
    private Optional<Found> dayThenMonth(int i) {
        Token t = token(i);
        String digits = t.text().replaceAll("[^0-9]", "");
        if (!(t.isPlainInteger() || t.type() == Token.Type.MIXED) || !isDayNumber(digits)) {
            return Optional.empty();
        }
        int month = i + 1;
        if (token(month) != null && token(month).isWord("of")) {
            month++;
        }
        if (token(month) != null && isMonth(token(month))) {
            return Optional.of(span(i, withYear(month + 1), FigureKind.DATE));
        }
        return Optional.empty();
    }

    /** "12/12/2019", "2019-12-12". */
    private Optional<Found> numericDate(int i) {
        Token t = token(i);
        if (!t.isPlainInteger()) {
            return Optional.empty();
        }
        Token s1 = token(i + 1);
        Token b = token(i + 2);
        Token s2 = token(i + 3);
        Token c = token(i + 4);
        if (s1 == null || b == null || s2 == null || c == null || s1.spaceBefore() || b.spaceBefore() || s2.spaceBefore()
                || c.spaceBefore() || !b.isPlainInteger() || !c.isPlainInteger()) {
            return Optional.empty();
        }
        boolean slashes = s1.isSymbol('/') && s2.isSymbol('/');
        boolean iso = s1.isSymbol('-') && s2.isSymbol('-') && t.text().length() == 4;
        return slashes || iso ? Optional.of(span(i, i + 5, FigureKind.DATE)) : Optional.empty();
    }

    /** "10:30", "10 pm", "9 a.m.", "7 o'clock". */
    private Optional<Found> clock(int i, Token t) {
        if (!t.isPlainInteger() || t.text().length() > 2) {
            return Optional.empty();
        }
        int end = i + 1;
        if (isJoined(end) && token(end).isSymbol(':') && isJoined(end + 1) && token(end + 1).isPlainInteger()
                && token(end + 1).text().length() == 2) {
            end += 2;
            return Optional.of(span(i, meridiem(end), FigureKind.TIME));
        }
        int withMeridiem = meridiem(end);
        if (withMeridiem > end || (token(end) != null && token(end).isWord("o'clock"))) {
            return Optional.of(span(i, Math.max(withMeridiem, token(end) != null && token(end).isWord("o'clock") ? end + 1 : end),
                    FigureKind.TIME));
        }
        return Optional.empty();
    }

    private int meridiem(int j) {
        Token t = token(j);
        if (t == null) {
            return j;
        }
        if (t.isWord("am") || t.isWord("pm")) {
            return j + 1;
        }
        // "a.m.", "p.m."
        if ((t.isWord("a") || t.isWord("p")) && isJoined(j + 1) && token(j + 1).isSymbol('.') && isJoined(j + 2)
                && token(j + 2).isWord("m")) {
            return isJoined(j + 3) && token(j + 3).isSymbol('.') ? j + 4 : j + 3;
        }
        return j;
    }

    private int withYear(int j) {
        int k = j;
        if (token(k) != null && token(k).isSymbol(',')) {
            k++;
        }
        return token(k) != null && isYearToken(token(k)) ? k + 1 : j;
    }

    private boolean isYear(int i) {
        Token t = token(i);
        if (!isYearToken(t)) {
            return false;
        }
        Token before = token(i - 1);
        if (before != null && before.type() == Token.Type.SYMBOL && Lexicon.CURRENCY_SYMBOLS.containsKey(before.text().charAt(0))
                && !t.spaceBefore()) {
            return false;
        }
        Token after = token(i + 1);
        if (after == null) {
            return true;
        }
        String next = after.lower();
        return !(after.isSymbol('%') || next.equals("percent") || next.equals("per") || Lexicon.MAGNITUDE_WORDS.containsKey(next)
                || Lexicon.CURRENCY_WORDS.containsKey(next) || COUNTED.contains(next) || Lexicon.isUnitOfTime(tokens, i + 1));
    }

    private static boolean isYearToken(Token t) {
        if (t == null || !t.isPlainInteger() || t.text().length() != 4) {
            return false;
        }
        int value = Integer.parseInt(t.text());
        return value >= 1900 && value <= 2099;
    }

    private static boolean isDay(Token t) {
        return t.isPlainInteger() && isDayNumber(t.text());
    }

    private static boolean isDayNumber(String digits) {
        if (digits.isEmpty() || digits.length() > 2) {
            return false;
        }
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31;
    }

    /** A month's name; "May" and "March" only capitalised, since "may" and "march" are also verbs. */
    private static boolean isMonth(Token t) {
        if (t.type() != Token.Type.WORD || !Lexicon.MONTHS.contains(t.lower())) {
            return false;
        }
        return t.isCapitalised() || !(t.lower().equals("may") || t.lower().equals("march"));
    }

    private boolean isJoined(int j) {
        return token(j) != null && !token(j).spaceBefore();
    }

    private Found span(int first, int end, FigureKind kind) {
        return Found.notAQuantity(first, end, tokens.get(first).start(), tokens.get(end - 1).end(), kind);
    }

    private Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
