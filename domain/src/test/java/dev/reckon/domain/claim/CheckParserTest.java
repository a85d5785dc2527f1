package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.number.Qualifier;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckParserTest {

    private static ComparisonCheck comparison(String check) throws CheckSyntaxException {
        return (ComparisonCheck) CheckParser.parse(check);
    }

    private static ClaimError error(String check) {
        return catchThrowableOfType(CheckSyntaxException.class, () -> CheckParser.parse(check)).error();
    }

    @Test
    void readsPositionalSelectors() throws CheckSyntaxException {
        ComparisonCheck c = comparison("video_views{labour, facebook, ge2019} < video_views{labour, facebook, ge2017}");

        SeriesRef left = (SeriesRef) c.left();
        assertThat(left.metric().text()).isEqualTo("video_views");
        assertThat(left.subject().text()).isEqualTo("labour");
        assertThat(left.platform().text()).isEqualTo("facebook");
        assertThat(left.period().text()).isEqualTo("ge2019");
        assertThat(left.segment()).isEmpty();
        assertThat(c.operator()).isEqualTo(ComparisonOperator.LESS);
        assertThat(((SeriesRef) c.right()).period().position()).isEqualTo(new Position(1, 71));
    }

    @Test
    void readsNamedSelectorsInAnyOrderAndASegment() throws CheckSyntaxException {
        ComparisonCheck c = comparison("reach{period=ge2017, subject=labour, platform=facebook, town=Stoke} > 5");

        SeriesRef ref = (SeriesRef) c.left();
        assertThat(ref.subject().text()).isEqualTo("labour");
        assertThat(ref.platform().text()).isEqualTo("facebook");
        assertThat(ref.period().text()).isEqualTo("ge2017");
        assertThat(ref.segment().orElseThrow().key().text()).isEqualTo("town");
        assertThat(ref.segment().orElseThrow().value().text()).isEqualTo("Stoke");
    }

    @Test
    void readsAQuotedSegmentValueWithSpacesAndCommas() throws CheckSyntaxException {
        ComparisonCheck c = comparison("reach{labour, facebook, ge2019, city=\"Stoke-on-Trent, UK\"} > 5");

        assertThat(((SeriesRef) c.left()).segment().orElseThrow().value().text()).isEqualTo("Stoke-on-Trent, UK");
        assertThat(c.left().toString()).isEqualTo("reach{labour, facebook, ge2019, city=\"Stoke-on-Trent, UK\"}");
    }

    @Test
    void namesInsideBracesMayHoldDashes() throws CheckSyntaxException {
        ComparisonCheck c = comparison("likes{jc, twitter, polling-day} - 5 > 0");

        Arithmetic difference = (Arithmetic) c.left();
        assertThat(difference.isBinary(ArithmeticOperator.MINUS)).isTrue();
        assertThat(((SeriesRef) difference.first()).period().text()).isEqualTo("polling-day");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "325m       | 324500000 | 325500000",
        "37.4m      | 37350000  | 37450000",
        "£85,327    | 85327     | 85327",
        "50.4%      | 0.5035    | 0.5045",
        "-2.5%      | -0.0255   | -0.0245",
        "- 2.5 %    | -0.0255   | -0.0245",
        "-1.5 m     | -1550000  | -1450000",
        "436,000    | 436000    | 436000",
        "0.5        | 0.45      | 0.55",
        "1.5bn      | 1450000000 | 1550000000",
        "825k       | 824500    | 825500",
        "1,234,567  | 1234567   | 1234567",
    })
    void readsFigures(String figure, String lo, String hi) throws CheckSyntaxException {
        ComparisonCheck c = comparison("x{a, b, c} = " + figure);

        assertThat(((FigureTerm) c.right()).figure().interval()).isEqualTo(Interval.of(lo, hi));
    }

    @Test
    void aCommaBeforeThreeDigitsAndANonDigitContinuesANumberOtherwiseItSeparates() throws CheckSyntaxException {
        Call twoArguments = (Call) comparison("max(436,000, 2) > 1").left();
        Call threeArguments = (Call) comparison("max(1,23, 4) > 1").left();

        assertThat(twoArguments.arguments()).extracting(Object::toString).containsExactly("436,000", "2");
        assertThat(threeArguments.arguments()).extracting(Object::toString).containsExactly("1", "23", "4");
    }

    @Test
    void multiplicationBindsTighterAndOperatorsGroupToTheLeft() throws CheckSyntaxException {
        Arithmetic sum = (Arithmetic) comparison("1 + 2 * 3 - 4 > 0").left();

        assertThat(sum.steps()).extracting(Arithmetic.Step::operator)
                .containsExactly(ArithmeticOperator.PLUS, ArithmeticOperator.MINUS);
        assertThat(sum.first()).hasToString("1");
        assertThat(((Arithmetic) sum.steps().get(0).operand()).isBinary(ArithmeticOperator.TIMES)).isTrue();
    }

    @Test
    void parenthesesGroup() throws CheckSyntaxException {
        Arithmetic quotient = (Arithmetic) comparison("(6,247 + 5,501 + 4,403) / 865,000 < 2%").left();

        assertThat(quotient.isBinary(ArithmeticOperator.DIVIDED_BY)).isTrue();
        assertThat(((Arithmetic) quotient.first()).steps()).extracting(Arithmetic.Step::operator)
                .containsExactly(ArithmeticOperator.PLUS, ArithmeticOperator.PLUS);
    }

    @Test
    void aMinusBeforeAFigureMakesANegativeFigureAndBeforeAnythingElseANegation() throws CheckSyntaxException {
        ComparisonCheck negativeFigure = comparison("x{a, b, c} = -2.5%");
        ComparisonCheck negation = comparison("-x{a, b, c} < -(1 + 2)");

        assertThat(negativeFigure.right()).isInstanceOf(FigureTerm.class);
        assertThat(negation.left()).isInstanceOf(Negated.class);
        assertThat(negation.right()).isInstanceOf(Negated.class);
    }

    @Test
    void readsQualifiedFiguresAsOneFigure() throws CheckSyntaxException {
        FigureTerm moreThan = (FigureTerm) comparison("reach{a, b, c} = more than 1.5m").right();
        FigureTerm almost = (FigureTerm) comparison("reach{a, b, c} = Almost 2m").right();

        assertThat(moreThan.figure().qualifier()).contains(Qualifier.MORE_THAN);
        assertThat(moreThan.figure().nominal()).isEqualByComparingTo("1500000");
        assertThat(almost.figure().qualifier()).contains(Qualifier.LESS_THAN);
        assertThat(moreThan.position()).isEqualTo(new Position(1, 18));
    }

    @Test
    void readsFunctionsAndAnd() throws CheckSyntaxException {
        Check check = CheckParser.parse("abs(x{a,b,c}) <= 5 and sum(x{a,b,c}, 1) >= 2 or min(1, 2) ~ 1 within 5k");

        assertThat(check).isInstanceOf(Check.Or.class);
        Check.Or or = (Check.Or) check;
        assertThat(or.parts().get(0)).isInstanceOf(Check.And.class);
        assertThat(check.comparisons()).hasSize(3);
        assertThat(check.comparisons().get(2).tolerance().orElseThrow().nominal()).isEqualByComparingTo("5000");
    }

    @Test
    void readsTheMultiLineExampleOfTheReport() throws CheckSyntaxException {
        ComparisonCheck c = comparison("""
                likes{jc, twitter, polling-day} + retweets{jc, twitter, polling-day}
                  > max(likes{labour, twitter, ge2019} + retweets{labour, twitter, ge2019},
                        likes{johnson, twitter, ge2019} + retweets{johnson, twitter, ge2019})""");

        Call max = (Call) c.right();
        assertThat(max.function()).isEqualTo(CheckFunction.MAX);
        assertThat(max.arguments()).hasSize(2);
        assertThat(max.position()).isEqualTo(new Position(2, 5));
        assertThat(max.arguments().get(1).position()).isEqualTo(new Position(3, 9));
        assertThat(c.right().series()).hasSize(4);
    }

    @Test
    void printsBackAsACheckThatParsesToTheSameTree() throws CheckSyntaxException {
        String written = "likes{jc, twitter, polling-day} - (1 - 2) * -x{a, b, c} / (3 / 4) > max(£1,500, -2.5%) "
                + "and y{a, b, c, town=Stoke} ~ 0.5 within 10% or z{a, b, c} = more than 1.5m";
        Check check = CheckParser.parse(written);

        assertThat(CheckParser.parse(check.toString()).toString()).isEqualTo(check.toString());
        assertThat(check.toString()).isEqualTo(written);
    }

    @Test
    void aParenthesisedChainPrintsWithItsParenthesesSoItParsesBackToTheSameTree() throws CheckSyntaxException {
        for (String written : new String[] {"(1 - 2) - 3 > 0", "1 - (2 - 3) > 0", "1 + 2 * 3 > 0", "(1 + 2) * 3 > 0", "1 / (2 * 3) > 0"}) {
            assertThat(CheckParser.parse(written)).hasToString(written);
        }
    }

    @Test
    void missingPeriodIsReportedAfterWhatCameBefore() {
        ClaimError error = error("video_views{labour, facebook,} > 5");

        assertThat(error.toString()).isEqualTo("1:30: expected a period after 'facebook,' but found '}'");
    }

    @Test
    void missingCommaAndPeriod() {
        assertThat(error("video_views{labour, facebook} > 5").toString())
                .isEqualTo("1:29: expected ',' and a period after 'facebook' but found '}'");
    }

    @Test
    void errorsOnLaterLinesCountLinesAndColumnsFromOne() {
        ClaimError error = error("likes{jc, twitter, polling-day}\n  >\n  max(likes{labour, twitter, ge2019} + , 2)");

        assertThat(error.position()).contains(new Position(3, 40));
        assertThat(error.message()).isEqualTo("expected a figure, a series, a function or '(' but found ','");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x{a, b, c}                     | 1:11 | expected a comparison (<, <=, >, >=, = or ~) but found the end of the check",
        "x{a, b, c} > 5 5               | 1:16 | expected 'and', 'or' or the end of the check but found '5'",
        "x{a, b, c} ~ 5 within y        | 1:23 | expected a tolerance such as 10% or 5k but found 'y'",
        "avg(1, 2) > 1                  | 1:1  | unknown function 'avg': the functions are max, min, sum, abs, change, mean, median, count, argmax and argmin",
        "median(1, 2) > 1               | 1:1  | median takes a set, such as median(impressions{jc, facebook, 2019-Q4} by month)",
        "max(1 by day) > 1              | 1:5  | 'by' groups one series, such as impressions{jc, facebook, 2019-Q4} by month, not a calculation",
        "abs(reach{jc, facebook, ge2019} by day) > 1 | 1:33 | abs does not take a set: 'by' goes inside max, min, sum, mean, median, count, argmax or argmin",
        "abs(1, 2) > 1                  | 1:1  | abs takes exactly one value but was given 2",
        "x > 1                          | 1:3  | expected '{' after 'x' (a series is written metric{subject, platform, period}) but found '>'",
        "(1 + 2 > 1                     | 1:8  | expected ')' to close the '(' at 1:1 but found '>'",
        "x{a, b, c, Stoke} > 1          | 1:12 | a fourth selector must name its segment key, as in town=Stoke",
        "x{a, b, c, town=A, city=B} > 1 | 1:20 | a series has at most one segment, but 'town=A' and 'city=B' are both given",
        "x{a, subject=b, c} > 1         | 1:6  | the subject is given twice",
        "x{a, b c} > 1                  | 1:8  | expected ',' or '}' after 'b' (put a name with spaces in double quotes) but found 'c'",
        "1.2.3 > 1                      | 1:4  | '1.2.3' is not a figure: a number has at most one decimal point and no separators after it",
        "5 # 3                          | 1:3  | unexpected character '#'",
        "x{a, b, \"c} > 1               | 1:9  | the quoted name starting here has no closing '\"'",
        "12kg > 1                       | 1:3  | '12kg' is not a figure: expected a magnitude suffix k, m or bn but found 'kg'",
        "x{a, b, c, town=\"\"} > 1      | 1:17 | a name in quotes cannot be empty",
        "x{a, b, c} ~ 1 within -about 5 | 1:24 | expected a tolerance such as 10% or 5k but found 'about 5'",
    })
    void reportsWhereAndWhatWasExpected(String check, String position, String message) {
        ClaimError error = error(check.strip());

        assertThat(error.position().orElseThrow()).hasToString(position);
        assertThat(error.message()).isEqualTo(message);
    }

    @Test
    void messagesQuoteWholeCharactersAndColumnsCountThemAsOne() {
        ClaimError emoji = error("likes{a, b, c} > 5 \uD83D\uDE00");
        ClaimError afterAnEmoji = error("likes{\"\uD83D\uDE00\", b} > 5");
        ClaimError nonBreakingSpace = error("5\u00A0> 3");

        assertThat(emoji.message()).isEqualTo("unexpected character '\uD83D\uDE00'");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(emoji.toString())).isTrue();
        assertThat(afterAnEmoji.position()).contains(new Position(1, 13));
        assertThat(nonBreakingSpace.message()).isEqualTo("unexpected character 'U+00A0'");
    }

    @Test
    void aLoneHalfOfAPairIsNamedByItsCodeNotCopied() {
        ClaimError lone = error("5 > \uD83D");

        assertThat(lone.message()).isEqualTo("unexpected character 'U+D83D'");
    }

    @Test
    void anEmptyCheckIsAnError() {
        assertThatThrownBy(() -> CheckParser.parse("  \n "))
                .isInstanceOf(CheckSyntaxException.class)
                .hasMessageContaining("the check is empty");
    }
}
