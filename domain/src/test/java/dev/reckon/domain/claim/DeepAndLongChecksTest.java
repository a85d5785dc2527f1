package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks written to exhaust the stack (issue #11): nesting beyond the documented limit is invalid
 * with a located message; long flat chains are evaluated; nothing overflows in parsing, type
 * checking, evaluation or explanation.
 */
class DeepAndLongChecksTest {

    private static final int LIMIT = CheckParser.MAX_NESTING;
    private static final String LIKES = "likes{labour, twitter, ge2019}";

    private final Dossier dossier = new Dossier().with("likes{labour,twitter,ge2019}", Interval.of("10", "20"));

    private static String nested(int levels, String open, String inner, String close) {
        return open.repeat(levels) + inner + close.repeat(levels);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"parentheses", "max", "minus", "abs"})
    void nestingBeyondTheLimitIsInvalidAtTheFirstLevelTooDeep(String kind) {
        Function<Integer, String> check = switch (kind) {
            case "parentheses" -> n -> nested(n, "(", "1", ")") + " > 0";
            case "max" -> n -> nested(n, "max(", "1", ")") + " > 0";
            case "minus" -> n -> "-".repeat(n) + LIKES + " < 0";
            default -> n -> nested(n, "abs(", "1", ")") + " > 0";
        };
        int step = kind.equals("parentheses") || kind.equals("minus") ? 1 : 4;

        ClaimResult tooDeep = dossier.check(check.apply(1_200));
        ClaimResult atTheLimit = dossier.check(check.apply(LIMIT));

        assertThat(tooDeep.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(tooDeep.error().orElseThrow().toString())
                .startsWith("1:" + (LIMIT * step + 1) + ": the check nests more than " + LIMIT + " levels deep here");
        assertThat(atTheLimit.verdict()).isNotEqualTo(Verdict.INVALID);
        assertThat(atTheLimit.explanation()).isNotBlank();
        assertThat(atTheLimit.rule()).isNotBlank();
    }

    @Test
    void fiveThousandLeadingMinusSignsAreInvalidNotAStackOverflow() {
        ClaimResult result = dossier.check("-".repeat(5_000) + "1 > 0");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.explanation()).contains("nests more than 100 levels");
    }

    @Test
    void anEvenNumberOfMinusSignsWithinTheLimitCancels() {
        assertThat(dossier.check("-".repeat(LIMIT) + LIKES + " = " + LIKES).verdict()).isNotEqualTo(Verdict.INVALID);
        assertThat(dossier.check("-".repeat(LIMIT) + LIKES + " >= 10").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void longFlatChainsAreEvaluatedAndExplained() {
        ClaimResult product = dossier.check("1" + " * 1".repeat(5_000) + " = 1");
        ClaimResult sum = dossier.check(LIKES + (" + " + LIKES).repeat(2_000) + " >= 20,010");
        ClaimResult quotient = dossier.check("1" + " / 1".repeat(5_000) + " > 0");

        assertThat(product.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(sum.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(sum.sides().orElseThrow().left()).isEqualTo(Interval.of("20010", "40020"));
        assertThat(quotient.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(sum.explanation()).startsWith("(");
    }

    @Test
    void aTooDeepClaimLeavesTheOthersEvaluated() {
        List<ClaimResult> results = List.of(
                dossier.check(nested(1_200, "(", "1", ")") + " > 0"),
                dossier.check(LIKES + " > 5"));

        assertThat(results).extracting(ClaimResult::verdict).containsExactly(Verdict.INVALID, Verdict.TRUE);
    }

    @Test
    void theParserAloneRefusesDeepNestingWithASyntaxError() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> CheckParser.parse(nested(LIMIT + 1, "(", "1", ")") + " > 0"), CheckSyntaxException.class)
                .error().toString()).startsWith("1:" + (LIMIT + 1) + ":");
    }
}
