package dev.reckon.adapter.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.domain.number.Interval;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseScannerTest {

    private final ProseScanner scanner = new ProseScanner();

    private List<TextFigure> figures(String text) {
        return scanner.scan(text).figures();
    }

    private TextFigure only(String text) {
        List<TextFigure> found = figures(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void numeralsAreReadByTheDomainsRoundingRules() {
        assertThat(only("It had 325m impressions.").interval()).contains(Interval.of("324500000", "325500000"));
        assertThat(only("It had 1,236,904 views.").interval()).contains(Interval.exactly("1236904"));
        assertThat(only("Turnout was 50.4% here.").interval()).contains(Interval.of("0.5035", "0.5045"));
        assertThat(only("We raised $1.2bn overall.").interval()).contains(Interval.of("1150000000", "1250000000"));
    }

    @Test
    void magnitudeAndCurrencyWordsBelongToTheFigure() {
        TextFigure million = only("They spent 15 million pounds.");
        assertThat(million.text()).isEqualTo("15 million pounds");
        assertThat(million.kind()).isEqualTo(FigureKind.MONEY);
        assertThat(million.currency().orElseThrow().getCurrencyCode()).isEqualTo("GBP");
        assertThat(million.check()).contains("£15m");
        assertThat(only("Some 2 thousand came.").check()).contains("about 2k");
        assertThat(only("It was 99 percent.").check()).contains("99%");
        assertThat(only("It was 50 per cent.").kind()).isEqualTo(FigureKind.PERCENT);
        assertThat(only("It cost €40 today.").currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void numbersInWordsAreRead() {
        assertThat(only("We had twenty volunteers.").check()).contains("20");
        assertThat(only("They were one hundred and twenty people.").check()).contains("120");
        TextFigure oneAndAHalf = only("It reached one and a half million people.");
        assertThat(oneAndAHalf.text()).isEqualTo("one and a half million");
        assertThat(oneAndAHalf.check()).contains("1.5m");
        assertThat(only("It lasted three weeks.").kind()).isEqualTo(FigureKind.DURATION);
        assertThat(figures("One of the best days we had.")).isEmpty();
    }

    @Test
    void fractionsAndMultipliersAreRatiosThatAllowFivePerCent() {
        TextFigure half = only("Half of them stayed.");
        assertThat(half.kind()).isEqualTo(FigureKind.RATIO);
        assertThat(half.interval()).contains(Interval.of("0.475", "0.525"));
        assertThat(only("A third of donors gave again.").check()).contains("(1 / 3)");
        assertThat(only("Two-thirds of donors gave again.").check()).contains("(2 / 3)");
        assertThat(only("One in five people saw it.").check()).contains("0.2");
        assertThat(only("Views doubled this year.").check()).contains("2");
        TextFigure nearlyFour = only("Leeds had nearly four times as many.");
        assertThat(nearlyFour.qualifier()).contains("nearly");
        assertThat(nearlyFour.check()).contains("less than 4");
        assertThat(figures("In the second half we won.")).isEmpty();
    }

    @Test
    void rangesBecomeOneFigureFromTheLowToTheHighEnd() {
        TextFigure pounds = only("It cost £3 million-£4 million.");
        assertThat(pounds.interval()).contains(Interval.of("2500000", "4500000"));
        assertThat(pounds.check()).isEmpty();
        assertThat(only("We expect 8-9,000 people.").interval()).contains(Interval.of("8000", "9000"));
        TextFigure between = only("Between 10k and 20k came.");
        assertThat(between.text()).isEqualTo("10k and 20k");
        assertThat(between.interval()).contains(Interval.of("9500", "20500"));
        assertThat(figures("Followers grew from 42,000 to 50,500.")).hasSize(2);
    }

    @Test
    void durationsKeepTheirUnit() {
        TextFigure push = only("It was a 72-hour push.");
        assertThat(push.text()).isEqualTo("72-hour");
        assertThat(push.kind()).isEqualTo(FigureKind.DURATION);
        assertThat(only("Results took 48 hours.").noun()).contains("hours");
    }

    @Test
    void qualifiersTurnTheIntervalIntoWhatTheyAllow() {
        TextFigure moreThan = only("It drew more than 1.2 million views.");
        assertThat(moreThan.qualifier()).contains("more than");
        assertThat(moreThan.interval()).contains(Interval.atLeast(new java.math.BigDecimal("1200000")));
        assertThat(moreThan.check()).contains("more than 1.2m");
        assertThat(only("It drew at least 300 people.").check()).contains("at least 300");
        assertThat(only("It drew approximately 300 people.").interval()).contains(Interval.of("285", "315"));
        assertThat(only("It drew just 3% of the vote.").check()).contains("3%");
        assertThat(only("It drew almost 5,000 people.").interval()).contains(Interval.of("0", "5000"));
    }

    @Test
    void yearsDatesTimesOrdinalsAndLabelsAreNeverQuantities() {
        List<TextFigure> found = figures("In 2017, on 12 December 2019 at 10pm and 9:30 a.m., on December 12, "
                + "our 3rd try in Q3 of EU2024 and COVID-19 under Article 50, 2017-19, 12/12/2019 and 2019-12-12.");
        assertThat(found).extracting(TextFigure::text).containsExactly("2017", "12 December 2019", "10pm",
                "9:30 a.m.", "December 12", "3rd", "Q3", "EU2024", "COVID-19", "Article 50", "2017-19", "12/12/2019",
                "2019-12-12");
        assertThat(found).extracting(TextFigure::kind).containsExactly(FigureKind.YEAR, FigureKind.DATE,
                FigureKind.TIME, FigureKind.TIME, FigureKind.DATE, FigureKind.ORDINAL, FigureKind.LABEL,
                FigureKind.LABEL, FigureKind.LABEL, FigureKind.LABEL, FigureKind.YEAR, FigureKind.DATE, FigureKind.DATE);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.interval()).isEmpty();
            assertThat(f.check()).isEmpty();
        });
        assertThat(only("We counted 2019 donors.").kind()).isEqualTo(FigureKind.COUNT);
    }

    @Test
    void eachFigureSaysWhereItIsAndWhatItCounts() {
        ScannedText text = scanner.scan("First line.\nThen 9,310 video views. And £5.\n\nNew paragraph with 7 gifts.");
        TextFigure views = text.figures().get(0);
        assertThat(views.text()).isEqualTo("9,310");
        assertThat(views.start()).isEqualTo(17);
        assertThat(views.end()).isEqualTo(22);
        assertThat(views.line()).isEqualTo(2);
        assertThat(views.column()).isEqualTo(6);
        assertThat(views.noun()).contains("video views");
        assertThat(views.sentence()).isEqualTo(2);
        assertThat(text.figures().get(1).sentence()).isEqualTo(3);
        assertThat(text.figures().get(2).line()).isEqualTo(4);
        assertThat(text.figures().get(2).sentence()).isEqualTo(4);
    }

    @Test
    void aLineBreakInsideAParagraphDoesNotEndASentence() {
        ScannedText text = scanner.scan("We had 4,000 volunteers, including 2,104 in\nLeeds and 1,877 in Hull.");
        assertThat(text.figures()).extracting(TextFigure::sentence).containsOnly(1);
        assertThat(text.relations()).extracting(ImpliedRelation::check).containsExactly("2,104 + 1,877 <= 4,000");
    }

    @Test
    void columnsCountCodePoints() {
        TextFigure figure = only("😀 gave 12 likes");
        assertThat(figure.start()).isEqualTo(8);
        assertThat(figure.column()).isEqualTo(8);
    }

    @Test
    void htmlTagsAreDroppedAndOffsetsPointIntoTheOriginal() {
        String html = "<html><body><p>We raised <b>&pound;1.2m</b> from <i>9,310</i> gifts.</p>"
                + "<script>var x = 500;</script></body></html>";
        ScannedText text = scanner.scan(html);
        assertThat(text.figures()).extracting(TextFigure::text).containsExactly("&pound;1.2m", "9,310");
        TextFigure money = text.figures().get(0);
        assertThat(html.substring(money.start(), money.end())).isEqualTo("&pound;1.2m");
        assertThat(money.kind()).isEqualTo(FigureKind.MONEY);
        assertThat(text.figures().get(1).noun()).contains("gifts");
    }

    @Test
    void utf16WithAByteOrderMarkAndWindows1252AreDecoded() {
        byte[] utf16 = "\uFEFFWe raised £85,327.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(scanner.scan(utf16).figures()).extracting(TextFigure::text).containsExactly("£85,327");
        byte[] windows = "We raised £85,327 – well done.".getBytes(Charset.forName("windows-1252"));
        assertThat(scanner.scan(windows).figures()).extracting(TextFigure::text).containsExactly("£85,327");
        byte[] utf8 = "We raised €85,327.".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(utf8).figures().get(0).currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void aFractionDoesNotTakeItsNumeratorFromTheFigureBeforeIt() {
        List<TextFigure> figures = scanner.scan("one one half half ").figures();

        for (int k = 1; k < figures.size(); k++) {
            assertThat(figures.get(k).start()).as("%s", figures).isGreaterThanOrEqualTo(figures.get(k - 1).end());
        }
    }

    @Test
    void aPercentageFollowedByToAndACountIsTwoFiguresNotARange() {
        assertThat(figures("Visits rose by 15% to 46,000.")).extracting(TextFigure::text).containsExactly("15%", "46,000");
        assertThat(only("Turnout was 10 to 12% in most seats.").interval()).contains(Interval.of("0.095", "0.125"));
    }

    @Test
    void aRangeAfterBetweenMayBeJoinedByADash() {
        TextFigure range = only("It cost between £3 million–£4 million.");
        assertThat(range.text()).isEqualTo("£3 million–£4 million");
        assertThat(range.interval()).contains(Interval.of("2500000", "4500000"));
        assertThat(only("<p>It cost between &pound;3&nbsp;million&ndash;&pound;4&nbsp;million.</p>").kind()).isEqualTo(FigureKind.MONEY);
    }

    @Test
    void aRangeWhoseCurrencyOnlyTheLowerEndWritesIsMoney() {
        TextFigure range = only("It cost £3-4m.");
        assertThat(range.kind()).isEqualTo(FigureKind.MONEY);
        assertThat(range.currency().orElseThrow().getCurrencyCode()).isEqualTo("GBP");
        assertThat(only("Bids of $10-12k came in.").kind()).isEqualTo(FigureKind.MONEY);
    }

    @Test
    void digitGroupsJoinedByANoBreakOrThinSpaceAreOneNumber() {
        TextFigure nbsp = only("Of the 865\u00a0000 people who saw it.");
        assertThat(nbsp.text()).isEqualTo("865\u00a0000");
        assertThat(nbsp.interval()).contains(Interval.exactly("865000"));
        assertThat(only("It cost £1\u202f200\u202f000.").interval()).contains(Interval.exactly("1200000"));
        assertThat(only("We had 4\u2009500 views.").check()).contains("4,500");
        assertThat(figures("In 12 300 people")).hasSize(2);
    }

    @Test
    void aLabelKeepsTheWordsJoinedToItByADash() {
        assertThat(only("Turnout among under-25s rose.").text()).isEqualTo("under-25s");
        assertThat(only("The over-65s voted.").text()).isEqualTo("over-65s");
        assertThat(only("Before COVID-19 hit.").text()).isEqualTo("COVID-19");
    }

    @Test
    void aNumeralWithAnXIsAMultiple() {
        TextFigure threeX = only("Clicks were 3x the benchmark.");
        assertThat(threeX.kind()).isEqualTo(FigureKind.RATIO);
        assertThat(threeX.interval()).contains(Interval.exactly("3"));
        assertThat(only("Returns grew 2.5x.").interval()).contains(Interval.of("2.45", "2.55"));
        assertThat(only("The EU2024 list.").kind()).isEqualTo(FigureKind.LABEL);
    }

    @Test
    void aThreadsPostNumbersAreLabels() {
        List<TextFigure> found = figures("1/ We launched today\n2/ 400 people came\n12/ Thanks");
        assertThat(found).extracting(TextFigure::kind)
                .containsExactly(FigureKind.LABEL, FigureKind.LABEL, FigureKind.COUNT, FigureKind.LABEL);
        assertThat(figures("It rose 50/50 on the day.")).noneMatch(f -> f.text().equals("50/"));
    }

    @Test
    void aUnitOfTimeJoinedToEndOrOnNamesAPointInTimeNotADuration() {
        assertThat(only("Our 2023 year-end appeal.").kind()).isEqualTo(FigureKind.YEAR);
        assertThat(only("The 2019 month-end close.").kind()).isEqualTo(FigureKind.YEAR);
        assertThat(only("It ran for 3 years.").kind()).isEqualTo(FigureKind.DURATION);
        assertThat(only("A 12-month plan.").kind()).isEqualTo(FigureKind.DURATION);
    }

    @Test
    void listItemsHeadingsAndThreadPostsEndTheirSentences() {
        ScannedText slides = scanner.scan("## Results\n- Reach: 4m\n- Spend: £20k\n* Views: 9m\n1. Shares: 300\nwrapped line\ncontinues.");
        assertThat(slides.figures()).filteredOn(f -> f.kind().isQuantity()).extracting(TextFigure::sentence)
                .doesNotHaveDuplicates().isSorted();
        assertThat(slides.figures()).filteredOn(f -> f.text().equals("1.")).extracting(TextFigure::kind)
                .containsExactly(FigureKind.LABEL);
        ScannedText wrapped = scanner.scan("We had 4m views\nand 9m plays.");
        assertThat(wrapped.figures()).extracting(TextFigure::sentence).containsExactly(1, 1);
    }
}
