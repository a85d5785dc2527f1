package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.FigureSyntaxException;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every figure in a list of tokens, left to right: first what is not a quantity (years,
 * dates, times, ordinals, labels), then amounts with their ranges, units, qualifiers and nouns.
 * The numerals' intervals come from the domain's figure reader.
 */
final class FigureFinder {

    /** "about", and any ratio in words ("half", "twice"), allow 5% either way: the claim language's default tolerance. */
    private static final BigDecimal APPROXIMATION = new BigDecimal("0.05");

    private final List<Token> tokens;
    private final NonQuantities nonQuantities;
    private final AmountReader amounts;

    private FigureFinder(List<Token> tokens, String words) {
        this.tokens = tokens;
        this.nonQuantities = new NonQuantities(tokens, words);
        this.amounts = new AmountReader(tokens);
    }

    static List<Found> find(List<Token> tokens, String words) {
        return new FigureFinder(tokens, words).all();
    }

    private List<Found> all() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        while (i < tokens.size()) {
            Optional<Found> next = figureAt(i);
            // A fraction may reach back for its numerator ("one half"): never into the figure before it.
            if (next.isPresent() && next.get().start() >= previousEnd) {
                previousEnd = next.get().end();
                Found figure = next.get();
                found.add(figure.kind().isQuantity() ? figure.withNoun(Nouns.after(tokens, figure)) : figure);
                i = Math.max(figure.endToken(), i + 1);
            } else {
                i++;
            }
        }
        return found;
    }

    private Optional<Found> figureAt(int i) {
        Optional<Found> other = nonQuantities.at(i);
        if (other.isPresent()) {
            return other;
        }
        Optional<Found> fraction = Ratios.fractionAt(tokens, i);
        if (fraction.isPresent()) {
            return fraction.map(this::qualified);
        }
        Optional<Found> multiplier = Ratios.multiplierAt(tokens, i);
        if (multiplier.isPresent()) {
            return multiplier.map(this::qualified);
        }
        boolean between = token(i) != null && token(i).isWord("between");
        Optional<WrittenAmount> amount = amounts.at(between ? i + 1 : i);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        return quantity(amount.get(), between);
    }

    private Optional<Found> quantity(WrittenAmount amount, boolean between) {
        int end = amount.endToken();
        // "grew from 42,000 to 50,500" is a change between two figures, not a range.
        boolean from = token(amount.firstToken() - 1) != null && token(amount.firstToken() - 1).isWord("from");
        Optional<WrittenAmount> upper = from ? Optional.empty() : rangeEnd(end, between);
        if (upper.isPresent()) {
            WrittenAmount lower = thousandsOf(amount.completedBy(upper.get()), upper.get());
            Optional<Interval> lo = interval(lower);
            Optional<Interval> hi = interval(upper.get());
            if (lo.isPresent() && hi.isPresent()) {
                // "£3-4m": the upper end borrows the currency only the lower end writes.
                Optional<Currency> currency = currency(upper.get()).or(() -> currency(amount));
                FigureKind kind = currency.isPresent() ? FigureKind.MONEY : kindOf(upper.get(), upper.get().endToken());
                int last = unitEnd(upper.get().endToken(), kind);
                return Optional.of(build(amount.firstToken(), last, kind, upper.get().figureText(),
                        lo.get().hull(hi.get()), currency, false, true, amount.firstToken() - (between ? 1 : 0)));
            }
        }
        Optional<Interval> interval = interval(amount);
        if (interval.isEmpty()) {
            // Digits the figure reader cannot read ("1.2.3") name something: a version, a reference.
            return Optional.of(Found.notAQuantity(amount.firstToken(), end, tokens.get(amount.firstToken()).start(),
                    tokens.get(end - 1).end(), FigureKind.LABEL));
        }
        int afterTimes = timesEnd(end);
        if (afterTimes > end && !amount.percent() && amount.currency().isEmpty()) {
            BigDecimal nominal = Figure.parse(amount.figureText()).nominal();
            return Optional.of(qualified(Ratios.ratio(tokens, amount.firstToken(), afterTimes, nominal,
                    amount.inWords() ? Optional.empty() : interval)));
        }
        FigureKind kind = kindOf(amount, end);
        int last = unitEnd(end, kind);
        boolean exact = interval.get().isExact();
        return Optional.of(build(amount.firstToken(), last, kind, amount.figureText(), interval.get(), currency(amount),
                exact, false, amount.firstToken()));
    }

    private Found build(int first, int end, FigureKind kind, String value, Interval interval,
                        Optional<Currency> currency, boolean exact, boolean range, int qualifierBefore) {
        Found plain = new Found(first, end, tokens.get(first).start(), tokens.get(end - 1).end(), kind,
                Optional.of(value), Optional.of(interval), currency, Optional.empty(), Optional.empty(), Optional.empty(),
                exact, range);
        return range ? plain : qualified(plain, qualifierBefore);
    }

    private Found qualified(Found figure) {
        return qualified(figure, figure.firstToken());
    }

    /** The figure with the qualifier written before it: its interval becomes what the qualifier allows. */
    private Found qualified(Found figure, int before) {
        Optional<Map.Entry<String, String>> qualifier = Lexicon.qualifierBefore(tokens, before);
        if (qualifier.isEmpty() || figure.interval().isEmpty()
                || (figure.kind() == FigureKind.DURATION && qualifier.get().getKey().equals("over"))) {
            return figure;
        }
        String operator = qualifier.get().getValue();
        Interval face = Interval.exactly(Ratios.nominal(figure.value().orElseThrow()));
        Interval allowed = switch (operator) {
            case ">", ">=" -> face.withoutUpperBound();
            case "<", "<=" -> Interval.of(BigDecimal.ZERO.min(face.lo().orElseThrow()), face.hi().orElseThrow());
            case "~" -> about(face.lo().orElseThrow());
            default -> figure.interval().get();
        };
        return new Found(figure.firstToken(), figure.endToken(), figure.start(), figure.end(), figure.kind(),
                figure.value(), Optional.of(allowed), figure.currency(), Optional.of(qualifier.get().getKey()),
                operator.isEmpty() ? Optional.empty() : Optional.of(operator), figure.noun(),
                figure.exact() && operator.isEmpty(), false);
    }

    static Interval about(BigDecimal value) {
        BigDecimal spread = value.abs().multiply(APPROXIMATION);
        return Interval.of(value.subtract(spread), value.add(spread));
    }

    /** The upper end of a range: "-£4 million", "to 20k", "and 20k" after "between". */
    private Optional<WrittenAmount> rangeEnd(int end, boolean between) {
        Token joiner = token(end);
        if (joiner == null) {
            return Optional.empty();
        }
        // "between £3m and £4m", and "between £3m–£4m" as people also write it.
        boolean joins = between ? joiner.isWord("and") || joiner.isDash() : (joiner.isDash() || joiner.isWord("to"));
        if (!joins) {
            return Optional.empty();
        }
        if (nonQuantities.at(end + 1).isPresent()) {
            return Optional.empty();
        }
        // "rose by 15% to 46,000": a percentage and a count are no range, though "10-12%" is.
        boolean lowerIsPercent = token(end - 1) != null && token(end - 1).isSymbol('%')
                || (token(end - 1) != null && (token(end - 1).isWord("percent") || token(end - 1).isWord("cent")));
        return amounts.at(end + 1).filter(upper -> !upper.inWords() || joiner.isWord("to") || between)
                .filter(upper -> !lowerIsPercent || upper.percent());
    }

    /** "8-9,000": the lower end written without the thousands the upper end carries. */
    private static WrittenAmount thousandsOf(WrittenAmount lower, WrittenAmount upper) {
        String up = upper.written();
        int groups = (int) up.chars().filter(c -> c == ',').count();
        if (groups == 0 || lower.written().contains(",") || lower.written().contains(".") || lower.inWords()) {
            return lower;
        }
        String leading = up.substring(0, up.indexOf(','));
        if (lower.written().length() > leading.length() || new BigDecimal(lower.written()).compareTo(new BigDecimal(leading)) >= 0) {
            return lower;
        }
        return lower.withWritten(lower.written() + ",000".repeat(groups));
    }

    private FigureKind kindOf(WrittenAmount amount, int end) {
        if (amount.currency().isPresent()) {
            return FigureKind.MONEY;
        }
        if (amount.percent()) {
            return FigureKind.PERCENT;
        }
        return unitAt(end) > end ? FigureKind.DURATION : FigureKind.COUNT;
    }

    private int unitEnd(int end, FigureKind kind) {
        return kind == FigureKind.DURATION ? unitAt(end) : end;
    }

    /** Just after a unit of time at {@code j} ("hours", or "-hour" joined to the number), else {@code j}. */
    private int unitAt(int j) {
        Token t = token(j);
        if (t == null) {
            return j;
        }
        if (Lexicon.isUnitOfTime(tokens, j)) {
            return j + 1;
        }
        Token unit = token(j + 1);
        if (t.isDash() && !t.spaceBefore() && unit != null && !unit.spaceBefore() && unit.type() == Token.Type.WORD
                && Lexicon.TIME_UNITS.contains(unit.lower())) {
            return j + 2;
        }
        return j;
    }

    /** Just after "times" or "-fold" at {@code end}, else {@code end}. */
    private int timesEnd(int end) {
        Token t = token(end);
        if (t != null && t.isWord("times") && comparesAfterTimes(token(end + 1))) {
            return end + 1;
        }
        boolean fold = t != null && t.isDash() && token(end + 1) != null && token(end + 1).isWord("fold")
                && !token(end + 1).spaceBefore();
        return fold ? end + 2 : end;
    }

    /** "four times as many", "3.5 times more", "three times the": not "served 3.6 million times". */
    private static boolean comparesAfterTimes(Token next) {
        return next != null && (next.isWord("as") || next.isWord("more") || next.isWord("the") || next.isWord("that")
                || next.isWord("what") || next.isWord("higher") || next.isWord("larger") || next.isWord("bigger")
                || next.isWord("greater") || next.isWord("fewer") || next.isWord("less") || next.isWord("over")
                || next.isWord("their") || next.isWord("our") || next.isWord("its"));
    }

    private static Optional<Interval> interval(WrittenAmount amount) {
        try {
            return Optional.of(Figure.parse(amount.figureText()).interval());
        } catch (FigureSyntaxException | ArithmeticException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Currency> currency(WrittenAmount amount) {
        return amount.currency().map(Currency::getInstance);
    }

    private Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
