package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.claim.SeriesRef.Name;
import dev.reckon.domain.claim.SeriesRef.SegmentSelector;
import dev.reckon.domain.claim.Token.Kind;
import dev.reckon.domain.number.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a check by recursive descent (docs/claim-language.md gives the grammar and
 * docs/semantics.md#evaluation what follows parsing):
 *
 * <pre>
 * check       = disjunction
 * disjunction = conjunction { "or" conjunction }
 * conjunction = comparison { "and" comparison }
 * comparison  = sum op sum [ "within" figure ]
 * sum         = product { ("+" | "-") product }
 * product     = unary { ("*" | "/") unary }
 * unary       = [ "-" ] primary
 * comparison  = sum "=" "between" sum "and" sum
 * comparison  = setcall "=" label
 * primary     = figure | series | function "(" sum { "," sum } ")" | setcall | "(" sum ")"
 * setcall     = function "(" series "by" name ")"
 * series      = metric "{" selector { "," selector } "}"
 * selector    = [ key "=" ] name
 * </pre>
 */
public final class CheckParser {

    private static final List<String> ROLES = List.of("subject", "platform", "period");
    private static final List<String> RESERVED = List.of("and", "or", "within", "between", "by");

    /** How deep parentheses, function calls and minus signs may nest; stated in docs/claim-language.md. */
    public static final int MAX_NESTING = 100;

    private final List<Token> tokens;
    private int next;
    private int depth;

    private CheckParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses a check.
     *
     * @throws CheckSyntaxException with the 1-based line and column and what was expected there
     */
    public static Check parse(String check) throws CheckSyntaxException {
        Objects.requireNonNull(check, "check is null");
        if (check.isBlank()) {
            throw CheckSyntaxException.at(new Position(1, 1), "the check is empty: expected a comparison such as reach{labour, facebook, ge2019} > 1m");
        }
        CheckParser parser = new CheckParser(CheckLexer.tokens(check));
        Check parsed = parser.disjunction();
        Token end = parser.peek();
        if (end.kind() != Kind.END) {
            throw parser.expected("'and', 'or' or the end of the check", end);
        }
        return parsed;
    }

    private Check disjunction() throws CheckSyntaxException {
        List<Check> parts = new ArrayList<>(List.of(conjunction()));
        while (peek().isWord("or")) {
            next++;
            parts.add(conjunction());
        }
        return parts.size() == 1 ? parts.get(0) : new Check.Or(parts);
    }

    private Check conjunction() throws CheckSyntaxException {
        List<Check> parts = new ArrayList<>();
        do {
            Check part = comparison();
            // "x = between a and b" is two comparisons joined by 'and', flattened so that it prints back to the same tree.
            parts.addAll(part instanceof Check.And between ? between.parts() : List.of(part));
        } while (peek().isWord("and") && ++next > 0);
        return parts.size() == 1 ? parts.get(0) : new Check.And(parts);
    }

    private Check comparison() throws CheckSyntaxException {
        Expression left = sum();
        Token operatorToken = peek();
        Optional<ComparisonOperator> operator = operatorToken.kind() == Kind.SYMBOL
                ? ComparisonOperator.ofSymbol(operatorToken.text()) : Optional.empty();
        if (operator.isEmpty()) {
            throw expected("a comparison (<, <=, >, >=, = or ~)", operatorToken);
        }
        next++;
        if (operator.get() == ComparisonOperator.EQUAL && peek().isWord("between")) {
            return between(left);
        }
        if (operator.get() == ComparisonOperator.EQUAL && left instanceof SetCall set && set.function().givesLabel()) {
            return new ComparisonCheck(left, ComparisonOperator.EQUAL, label(), Optional.empty(), left.position());
        }
        Expression right = sum();
        Optional<Figure> tolerance = Optional.empty();
        if (peek().isWord("within")) {
            next++;
            boolean negative = peek().isSymbol("-");
            if (negative) {
                next++;
            }
            Token figure = peek();
            if (figure.kind() != Kind.FIGURE || (negative && figure.figure().orElseThrow().qualifier().isPresent())) {
                throw expected("a tolerance such as 10% or 5k", figure);
            }
            next++;
            // A negative tolerance is read, so that the type check can say plainly what is wrong with it.
            tolerance = Optional.of(negative ? Figure.parse("-" + figure.text()) : figure.figure().orElseThrow());
        }
        return new ComparisonCheck(left, operator.get(), right, tolerance, left.position());
    }

    /**
     * {@code x = between a and b}: {@code a <= x <= b}, each bound at face value, read as
     * {@code x >= a and x <= b} so that each bound is decided and explained like any comparison.
     */
    private Check between(Expression subject) throws CheckSyntaxException {
        Token between = take();
        Expression low = sum();
        if (!peek().isWord("and")) {
            throw expected("'and' and the upper bound after 'between " + low + "'", peek());
        }
        next++;
        Expression high = sum();
        if (peek().isWord("within")) {
            throw CheckSyntaxException.at(peek().position(), "'within' does not go with 'between': the bounds already say what is allowed");
        }
        if (qualifier(low).or(() -> qualifier(high)).isPresent()) {
            throw CheckSyntaxException.at(between.position(), "the bounds of 'between' are plain figures or values, without words such as 'about'");
        }
        if (low instanceof FigureTerm from && high instanceof FigureTerm to
                && from.figure().faceValue().lo().orElseThrow().compareTo(to.figure().faceValue().lo().orElseThrow()) > 0) {
            // "between 350k and 300k" is almost surely the range written backwards; judging it false would mislead.
            throw CheckSyntaxException.at(high.position(), "the range ends (" + to + ") below where it starts (" + from
                    + "): write the lower bound first, as in between " + to + " and " + from);
        }
        return new Check.And(List.of(
                new ComparisonCheck(subject, ComparisonOperator.GREATER_OR_EQUAL, low, Optional.empty(), subject.position()),
                new ComparisonCheck(subject, ComparisonOperator.LESS_OR_EQUAL, high, Optional.empty(), subject.position())));
    }

    private static Optional<Figure> qualifier(Expression bound) {
        return bound instanceof FigureTerm term && term.figure().qualifier().isPresent() ? Optional.of(term.figure()) : Optional.empty();
    }

    /**
     * The label an {@code argmax} is compared with: a day, week, month, quarter or year as written
     * inline ({@code 2024-02}), a subject, platform or segment value ({@code jc}), or a quoted name.
     * Outside braces the lexer splits {@code 2024-02} into a number, a minus and a number, so the
     * label is the run of tokens written with nothing between them.
     */
    private Label label() throws CheckSyntaxException {
        Token first = peek();
        if (first.kind() == Kind.QUOTED) {
            next++;
            return new Label(first.text(), first.position());
        }
        if (first.kind() != Kind.FIGURE && first.kind() != Kind.WORD) {
            throw expected("a label (a day such as 2024-02-01, a month such as 2024-02, a subject, a platform or a segment value)", first);
        }
        if (first.kind() == Kind.WORD && CheckFunction.find(first.text()).isPresent() && next + 1 < tokens.size()
                && tokens.get(next + 1).isSymbol("(")) {
            throw CheckSyntaxException.at(first.position(), "an argmax or argmin is compared with a label written out (a "
                    + "day such as 2024-02-01, a month such as 2024-02, a subject, a platform, a segment value or a post's id), "
                    + "not with a calculation such as " + first.text() + "(...)");
        }
        StringBuilder text = new StringBuilder(first.text());
        Token previous = take();
        while (adjoins(previous, peek()) && peek().kind() != Kind.END) {
            previous = take();
            text.append(previous.text());
        }
        return new Label(text.toString(), first.position());
    }

    private static boolean adjoins(Token before, Token after) {
        return before.position().line() == after.position().line()
                && before.position().column() + before.text().codePointCount(0, before.text().length()) == after.position().column()
                && (after.kind() == Kind.FIGURE || after.kind() == Kind.WORD || after.isSymbol("-"));
    }

    private Expression sum() throws CheckSyntaxException {
        return leftAssociative(this::product, ArithmeticOperator.PLUS, ArithmeticOperator.MINUS);
    }

    private Expression product() throws CheckSyntaxException {
        return leftAssociative(this::unary, ArithmeticOperator.TIMES, ArithmeticOperator.DIVIDED_BY);
    }

    /**
     * One level of the grammar: operands joined by either of two operators, grouping to the left.
     * However long, the run becomes one node read in a loop, so a long chain needs no deep stack.
     */
    private Expression leftAssociative(Level operand, ArithmeticOperator first, ArithmeticOperator second)
            throws CheckSyntaxException {
        Expression head = operand.parse();
        List<Arithmetic.Step> steps = new ArrayList<>();
        while (peek().isSymbol(first.symbol()) || peek().isSymbol(second.symbol())) {
            Token operator = take();
            steps.add(new Arithmetic.Step(operator.text().equals(first.symbol()) ? first : second, operand.parse()));
        }
        return steps.isEmpty() ? head : new Arithmetic(head, steps, head.position());
    }

    @FunctionalInterface
    private interface Level {
        Expression parse() throws CheckSyntaxException;
    }

    private Expression unary() throws CheckSyntaxException {
        if (!peek().isSymbol("-")) {
            return primary();
        }
        Token minus = take();
        Token operand = peek();
        boolean plainFigure = operand.kind() == Kind.FIGURE && operand.figure().orElseThrow().qualifier().isEmpty()
                && !operand.text().startsWith("-");
        if (plainFigure) {
            // "-2.5%" is one negative figure, so it can stand alone as a side of '='; a figure may be
            // written with spaces before its magnitude or '%' ("50.4 %"), which the figure itself has not.
            next++;
            return new FigureTerm(Figure.parse("-" + operand.text().replaceAll("\\s+", "")), minus.position());
        }
        enter(minus);
        Expression negated = new Negated(unary(), minus.position());
        depth--;
        return negated;
    }

    /**
     * Goes one level deeper into the check: into parentheses, a function's arguments or a minus
     * sign. The limit keeps every walker of the tree (type check, evaluation, explanation) far
     * from the end of the stack, whatever a user or a fuzzer writes.
     */
    private void enter(Token at) throws CheckSyntaxException {
        if (++depth > MAX_NESTING) {
            throw CheckSyntaxException.at(at.position(), "the check nests more than " + MAX_NESTING
                    + " levels deep here (parentheses, function calls and minus signs each add one): write it more simply");
        }
    }

    private Expression primary() throws CheckSyntaxException {
        Token token = peek();
        if (token.kind() == Kind.FIGURE) {
            next++;
            return new FigureTerm(token.figure().orElseThrow(), token.position());
        }
        if (token.isSymbol("(")) {
            next++;
            enter(token);
            Expression inner = sum();
            expectSymbol(")", "')' to close the '(' at " + token.position());
            depth--;
            return inner;
        }
        if (token.kind() == Kind.WORD && !RESERVED.contains(token.text().toLowerCase(Locale.ROOT))) {
            next++;
            if (peek().isSymbol("(")) {
                return call(token);
            }
            if (peek().isSymbol("{")) {
                return series(token);
            }
            Optional<CheckFunction> function = CheckFunction.find(token.text());
            if (function.isPresent()) {
                throw expected("'(' after the function '" + token.text() + "'", peek());
            }
            throw expected("'{' after '" + token.text() + "' (a series is written metric{subject, platform, period})", peek());
        }
        throw expected("a figure, a series, a function or '('", token);
    }

    private Expression call(Token name) throws CheckSyntaxException {
        Optional<CheckFunction> function = CheckFunction.find(name.text());
        if (function.isEmpty()) {
            throw CheckSyntaxException.at(name.position(), "unknown function '" + name.text()
                    + "': the functions are " + CheckFunction.allIds());
        }
        next++;
        enter(name);
        List<Expression> arguments = new ArrayList<>(List.of(sum()));
        if (peek().isWord("by")) {
            return set(name, function.get(), arguments.get(0));
        }
        if (function.get().needsSet()) {
            throw CheckSyntaxException.at(name.position(), function.get().id() + " takes a set, such as "
                    + function.get().id() + "(impressions{jc, facebook, 2019-Q4} by month)");
        }
        while (peek().isSymbol(",")) {
            next++;
            arguments.add(sum());
        }
        expectSymbol(")", "',' or ')' in the call of " + function.get().id());
        depth--;
        if (!function.get().accepts(arguments.size())) {
            throw CheckSyntaxException.at(name.position(), function.get().id() + " takes " + function.get().arity()
                    + " but was given " + arguments.size());
        }
        if (arguments.size() == 1 && arguments.get(0) instanceof SeriesRef series && function.get().takesSet()) {
            // max(x) is x itself: whoever writes it means the highest of x's days, months or posts, and
            // judging the whole period's total against "our best tweet" would give a misleading verdict.
            throw CheckSyntaxException.at(name.position(), function.get().id() + " of one series is that series itself: "
                    + "to take " + (function.get() == CheckFunction.SUM ? "the total of its parts" : "the "
                    + (function.get() == CheckFunction.MAX ? "highest" : "lowest") + " of its days, months or posts")
                    + ", group it, as in " + groupingExample(function.get(), series) + "; else write " + series + " alone");
        }
        return new Call(function.get(), arguments, name.position());
    }

    /** A grouping the series can take: by post only for a metric of posts (section 5), by month for any. */
    private static String groupingExample(CheckFunction function, SeriesRef series) {
        return series.metric().text().startsWith("post_")
                ? function.id() + "(" + series + " by post) or by day, week, month, quarter"
                : function.id() + "(" + series + " by month) or by day, week, quarter";
    }

    /** {@code function(series by grouping)}, the 'by' next. */
    private SetCall set(Token name, CheckFunction function, Expression argument) throws CheckSyntaxException {
        Token by = take();
        if (!function.takesSet()) {
            throw CheckSyntaxException.at(by.position(), function.id() + " does not take a set: 'by' goes inside max, min, "
                    + "sum, mean, median, count, argmax or argmin");
        }
        if (!(argument instanceof SeriesRef series)) {
            throw CheckSyntaxException.at(argument.position(), "'by' groups one series, such as impressions{jc, facebook, "
                    + "2019-Q4} by month, not a calculation");
        }
        Token grouping = peek();
        if (grouping.kind() != Kind.WORD || RESERVED.contains(grouping.text().toLowerCase(Locale.ROOT))) {
            throw expected("what to group by after 'by' (day, week, month, quarter, subject, platform or a segment key)", grouping);
        }
        next++;
        expectSymbol(")", "')' after 'by " + grouping.text() + "': a set is the only argument of " + function.id());
        depth--;
        return new SetCall(function, series, new SetCall.Grouping(grouping.text(), grouping.position()), name.position());
    }

    private SeriesRef series(Token metric) throws CheckSyntaxException {
        Token open = take();
        SeriesAssembly assembly = new SeriesAssembly();
        Token lastText = open;
        while (true) {
            Token first = peek();
            if (first.kind() != Kind.NAME && first.kind() != Kind.QUOTED) {
                throw expected("a " + assembly.nextMissingRole() + " after " + after(lastText), first);
            }
            rejectBlank(first);
            next++;
            if (peek().isSymbol("=")) {
                next++;
                Token value = peek();
                if (value.kind() != Kind.NAME && value.kind() != Kind.QUOTED) {
                    throw expected("a value after '" + first.text() + "='", value);
                }
                rejectBlank(value);
                next++;
                assembly.named(first, value);
            } else {
                assembly.positional(first);
            }
            Token separator = take();
            if (separator.isSymbol("}")) {
                return assembly.build(metric, separator, tokens.get(next - 2));
            }
            if (!separator.isSymbol(",")) {
                String hint = separator.kind() == Kind.NAME ? " (put a name with spaces in double quotes)" : "";
                throw expected("',' or '}' after " + after(tokens.get(next - 2)) + hint, separator);
            }
            lastText = separator;
        }
    }

    private static void rejectBlank(Token name) throws CheckSyntaxException {
        if (name.text().isBlank()) {
            throw CheckSyntaxException.at(name.position(), "a name in quotes cannot be empty");
        }
    }

    /** "'facebook,'" for the text just before a position, so a message can say what came before. */
    private String after(Token token) {
        int index = tokens.indexOf(token);
        if (token.isSymbol(",") && index > 0) {
            return "'" + tokens.get(index - 1).text() + ",'";
        }
        return token.quoted();
    }

    /** Fills subject, platform and period from positional and named selectors. */
    private final class SeriesAssembly {
        private final Name[] roles = new Name[ROLES.size()];
        private SegmentSelector segment;
        private int positional;

        void positional(Token name) throws CheckSyntaxException {
            if (positional >= ROLES.size()) {
                throw CheckSyntaxException.at(name.position(), "a fourth selector must name its segment key, as in town="
                        + SeriesRef.quotedIfNeeded(name.text()));
            }
            while (positional < ROLES.size() && roles[positional] != null) {
                positional++;
            }
            if (positional >= ROLES.size()) {
                throw CheckSyntaxException.at(name.position(), "subject, platform and period are already given, so '"
                        + name.text() + "' must name its segment key, as in town=" + SeriesRef.quotedIfNeeded(name.text()));
            }
            roles[positional++] = new Name(name.text(), name.position());
        }

        void named(Token key, Token value) throws CheckSyntaxException {
            String lowerKey = key.text().toLowerCase(Locale.ROOT);
            int role = ROLES.indexOf(lowerKey);
            Name valueName = new Name(value.text(), value.position());
            if (role >= 0) {
                if (roles[role] != null) {
                    throw CheckSyntaxException.at(key.position(), "the " + lowerKey + " is given twice");
                }
                roles[role] = valueName;
            } else if (segment != null) {
                throw CheckSyntaxException.at(key.position(), "a series has at most one segment, but '"
                        + segment + "' and '" + key.text() + "=" + value.text() + "' are both given");
            } else {
                segment = new SegmentSelector(new Name(key.text(), key.position()), valueName);
            }
        }

        String nextMissingRole() {
            for (int i = 0; i < roles.length; i++) {
                if (roles[i] == null) {
                    return ROLES.get(i);
                }
            }
            return "segment such as town=Stoke";
        }

        SeriesRef build(Token metric, Token closing, Token before) throws CheckSyntaxException {
            for (int i = 0; i < roles.length; i++) {
                if (roles[i] == null) {
                    String comma = before.isSymbol(",") ? "" : "',' and ";
                    throw expected(comma + "a " + ROLES.get(i) + " after " + after(before), closing);
                }
            }
            return new SeriesRef(new Name(metric.text(), metric.position()), roles[0], roles[1], roles[2],
                    Optional.ofNullable(segment), metric.position());
        }
    }

    private void expectSymbol(String symbol, String what) throws CheckSyntaxException {
        if (!peek().isSymbol(symbol)) {
            throw expected(what, peek());
        }
        next++;
    }

    private CheckSyntaxException expected(String what, Token found) {
        return CheckSyntaxException.at(found.position(), "expected " + what + " but found " + found.quoted());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }
}
