package dev.reckon.domain.number;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** Reads one figure, left to right, keeping the column for error messages. */
final class FigureReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    private final String text;
    private int pos;

    FigureReader(String text) {
        this.text = text;
    }

    Figure read() {
        if (text.isBlank()) {
            throw error(0, "expected a number but found nothing");
        }
        Optional<Qualifier> qualifier = readQualifier();
        boolean negative = readSign();
        Optional<Currency> currency = readCurrency();
        if (!negative && currency.isPresent()) {
            negative = readSign();
        }
        String digits = readNumber();
        Optional<Magnitude> magnitude = readMagnitude();
        boolean percent = pos < text.length() && text.charAt(pos) == '%';
        if (percent) {
            if (magnitude.isPresent()) {
                throw error(pos, "a figure cannot carry both a magnitude suffix and a percent sign");
            }
            pos++;
        }
        if (pos < text.length()) {
            throw error(pos, "expected the figure to end but found '" + text.substring(pos) + "'");
        }
        return build(qualifier, negative, currency, digits, magnitude, percent);
    }

    private Figure build(Optional<Qualifier> qualifier, boolean negative, Optional<Currency> currency,
                         String digits, Optional<Magnitude> magnitude, boolean percent) {
        BigDecimal written = new BigDecimal(digits);
        if (negative) {
            written = written.negate();
        }
        BigDecimal multiplier = magnitude.map(Magnitude::multiplier).orElse(percent ? PERCENT : BigDecimal.ONE);
        BigDecimal nominal = written.multiply(multiplier);
        boolean rounded = digits.indexOf('.') >= 0 || magnitude.isPresent() || percent;
        Interval interval;
        if (rounded) {
            BigDecimal lastDigit = BigDecimal.ONE.movePointLeft(Math.max(written.scale(), 0));
            BigDecimal halfStep = lastDigit.multiply(HALF).multiply(multiplier);
            interval = Interval.of(nominal.subtract(halfStep), nominal.add(halfStep));
        } else {
            interval = Interval.exactly(nominal);
        }
        return new Figure(text, nominal, interval, currency, qualifier, percent, written, magnitude);
    }

    private Optional<Qualifier> readQualifier() {
        Optional<Qualifier.Match> match = Qualifier.atStartOf(text);
        match.ifPresent(m -> {
            pos = m.phrase().length();
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        });
        return match.map(Qualifier.Match::qualifier);
    }

    private boolean readSign() {
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '\u2212')) {
            pos++;
            return true;
        }
        if (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
        }
        return false;
    }

    private Optional<Currency> readCurrency() {
        if (pos >= text.length()) {
            return Optional.empty();
        }
        String code = switch (text.charAt(pos)) {
            case '£' -> "GBP";
            case '$' -> "USD";
            case '€' -> "EUR";
            default -> null;
        };
        if (code == null) {
            return Optional.empty();
        }
        pos++;
        return Optional.of(Currency.getInstance(code));
    }

    /** Reads digits with optional thousands separators and fraction; returns them without separators. */
    private String readNumber() {
        int start = pos;
        if (pos >= text.length()) {
            throw error(pos, "expected a number but the text ends");
        }
        if (!isDigit(text.charAt(pos)) && text.charAt(pos) != '.') {
            throw error(pos, "expected a digit but found '" + Character.toString(text.codePointAt(pos)) + "'");
        }
        StringBuilder digits = new StringBuilder();
        int groupStart = pos;
        boolean grouped = false;
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == ',')) {
            char c = text.charAt(pos);
            if (c == ',') {
                int groupLength = pos - groupStart;
                if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3)) {
                    throw error(pos, "a thousands separator must follow one to three digits, then groups of exactly three");
                }
                grouped = true;
                groupStart = pos + 1;
            } else {
                digits.append(c);
            }
            pos++;
        }
        if (grouped && pos - groupStart != 3) {
            throw error(groupStart, "a thousands separator must be followed by exactly three digits");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            digits.append('.');
            pos++;
            int fractionStart = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                digits.append(text.charAt(pos));
                pos++;
            }
            if (pos == fractionStart) {
                throw error(pos, "expected a digit after the decimal point");
            }
            if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
                throw error(pos, "a number has at most one decimal point and no separators after it");
            }
        }
        if (digits.length() == 0 || digits.toString().equals(".")) {
            throw error(start, "expected a number");
        }
        if (digits.charAt(0) == '.') {
            digits.insert(0, '0');
        }
        return digits.toString();
    }

    private Optional<Magnitude> readMagnitude() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            return Optional.empty();
        }
        String suffix = text.substring(start, pos);
        Optional<Magnitude> magnitude = Magnitude.ofSuffix(suffix);
        if (magnitude.isEmpty()) {
            throw error(start, "expected a magnitude suffix k, m or bn but found '" + suffix + "'");
        }
        return magnitude;
    }

    /** The symbol a currency is written with; the ISO code and a space for those without one here. */
    static String symbolOf(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "GBP" -> "£";
            case "USD" -> "$";
            case "EUR" -> "€";
            default -> currency.getCurrencyCode() + " ";
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private FigureSyntaxException error(int index, String reason) {
        return new FigureSyntaxException(text, index + 1, reason);
    }
}
