package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * A check goes through parsing, type checking and evaluation over a small fixed dossier, three
 * series each known only as an interval. Soundness: for any values the series could really have
 * (sampled inside their intervals), the exact value of the written arithmetic lies inside the
 * interval Reckon computes for that side. Whatever the check, the answer is a verdict, or
 * {@code invalid} with a located message, never an internal failure.
 */
class CheckEvaluationFuzzTest {

    private static final List<String> SERIES = List.of("likes{labour,twitter,ge2019}", "likes{jc,twitter,ge2019}",
            "retweets{labour,twitter,ge2019}");
    /** Deep enough to mix every operator, shallow enough to stay clear of the parser's nesting limit. */
    private static final int MAX_DEPTH = 4;

    @FuzzTest(maxDuration = "10m")
    void theComputedSideHoldsTheExactValueAtEverySampledPoint(FuzzedDataProvider data) {
        Dossier dossier = new Dossier();
        Map<String, BigDecimal> sample = new LinkedHashMap<>();
        for (String ref : SERIES) {
            int lo = data.consumeInt(0, 1_000);
            int hi = lo + data.pickValue(new int[] {0, 0, 1, 10, 500});
            dossier.with(ref, Interval.of(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi)));
            sample.put(ref, BigDecimal.valueOf(data.consumeInt(lo, hi)));
        }
        Term left = term(data, 0);
        String check = left.text() + " " + data.pickValue(new String[] {"<", "<=", ">", ">=", "=", "~"}) + " "
                + data.consumeInt(-1_000, 1_000);

        ClaimResult result = dossier.check(check);

        if (result.verdict() == Verdict.INVALID) {
            ClaimError error = result.error().orElseThrow();
            assertThat(error.message()).as(check).doesNotStartWith("the check could not be evaluated");
            assertThat(error.position()).as(check).hasValueSatisfying(at -> assertThat(at.line()).isPositive());
            return;
        }
        Optional<BigDecimal> exact = left.valueAt(sample);
        if (exact.isPresent()) {
            assertThat(result.sides()).as(check).isPresent();
            assertThat(result.sides().orElseThrow().left().contains(exact.get()))
                    .as("%s: %s should hold %s at %s", check, result.sides().orElseThrow().left(), exact.get(), sample)
                    .isTrue();
        }
    }

    /** A piece of a check, with the exact value it has when each series has its sampled value. */
    private interface Term {

        String text();

        /** Empty where the exact value is undefined (a division by zero). */
        Optional<BigDecimal> valueAt(Map<String, BigDecimal> sample);
    }

    private static Term term(FuzzedDataProvider data, int depth) {
        int kind = depth >= MAX_DEPTH ? data.consumeInt(0, 1) : data.consumeInt(0, 5);
        switch (kind) {
            case 0 -> {
                String ref = data.pickValue(SERIES);
                return leaf(ref.replace(",", ", "), sample -> Optional.of(sample.get(ref)));
            }
            case 1 -> {
                BigDecimal figure = BigDecimal.valueOf(data.consumeInt(0, 5_000));
                return leaf(figure.toPlainString(), sample -> Optional.of(figure));
            }
            case 2 -> {
                Term inner = term(data, depth + 1);
                return leaf("-(" + inner.text() + ")", sample -> inner.valueAt(sample).map(BigDecimal::negate));
            }
            case 3 -> {
                String function = data.pickValue(new String[] {"max", "min", "sum", "abs"});
                int count = function.equals("abs") ? 1 : data.consumeInt(1, 3);
                List<Term> arguments = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    arguments.add(term(data, depth + 1));
                }
                return call(function, arguments);
            }
            default -> {
                String operator = data.pickValue(new String[] {"+", "-", "*", "/"});
                return arithmetic(term(data, depth + 1), operator, term(data, depth + 1));
            }
        }
    }

    private static Term leaf(String text, java.util.function.Function<Map<String, BigDecimal>, Optional<BigDecimal>> value) {
        return new Term() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Optional<BigDecimal> valueAt(Map<String, BigDecimal> sample) {
                return value.apply(sample);
            }
        };
    }

    private static Term arithmetic(Term left, String operator, Term right) {
        BinaryOperator<BigDecimal> exact = switch (operator) {
            case "+" -> BigDecimal::add;
            case "-" -> BigDecimal::subtract;
            case "*" -> BigDecimal::multiply;
            default -> (a, b) -> a.divide(b, new MathContext(60));
        };
        return leaf("(" + left.text() + " " + operator + " " + right.text() + ")", sample -> {
            Optional<BigDecimal> a = left.valueAt(sample);
            Optional<BigDecimal> b = right.valueAt(sample);
            if (a.isEmpty() || b.isEmpty() || operator.equals("/") && b.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(exact.apply(a.get(), b.get()));
        });
    }

    private static Term call(String function, List<Term> arguments) {
        List<String> texts = arguments.stream().map(Term::text).toList();
        return leaf(function + "(" + String.join(", ", texts) + ")", sample -> {
            List<BigDecimal> values = new ArrayList<>();
            for (Term argument : arguments) {
                Optional<BigDecimal> value = argument.valueAt(sample);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                values.add(value.get());
            }
            return Optional.of(switch (function) {
                case "max" -> values.stream().reduce(BigDecimal::max).orElseThrow();
                case "min" -> values.stream().reduce(BigDecimal::min).orElseThrow();
                case "sum" -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                default -> values.get(0).abs();
            });
        });
    }
}
