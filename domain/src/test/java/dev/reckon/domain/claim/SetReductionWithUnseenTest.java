package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A set that may miss members, each unseen one anything at least zero (docs/semantics.md#post-sets, posts nobody has seen). */
class SetReductionWithUnseenTest {

    private static final List<Interval> SEEN = List.of(Interval.exactly(140), Interval.exactly(40), Interval.exactly(90));

    @ParameterizedTest(name = "{0} of 140, 40, 90 and maybe more is {1}")
    @CsvSource(delimiter = '|', value = {
        "MAX    | [140, +inf]",
        "MIN    | [0, 40]",
        "COUNT  | [3, +inf]",
        "SUM    | [270, +inf]",
        "MEAN   | [0, +inf]",
        "MEDIAN | [0, +inf]",
    })
    void oneSideStaysOpen(CheckFunction function, String expected) {
        assertThat(SetReduction.reduceWithUnseen(function, SEEN, Interval.NON_NEGATIVE)).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} of no member seen is {1}")
    @CsvSource(delimiter = '|', value = {
        "MAX    | [0, +inf]",
        "COUNT  | [0, +inf]",
        "SUM    | [0, +inf]",
        "MEDIAN | [0, +inf]",
    })
    void withNothingSeenOnlyTheUnseenAreKnown(CheckFunction function, String expected) {
        assertThat(SetReduction.reduceWithUnseen(function, List.of(), Interval.NON_NEGATIVE)).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} over members that may be anything is {1}")
    @CsvSource(delimiter = '|', value = {
        "MIN    | [-inf, 40]",
        "SUM    | [-inf, +inf]",
        "MEAN   | [-inf, +inf]",
    })
    void membersThatMayBeNegativeOpenTheOtherSide(CheckFunction function, String expected) {
        assertThat(SetReduction.reduceWithUnseen(function, SEEN, Interval.ALL)).hasToString(expected);
    }
}
