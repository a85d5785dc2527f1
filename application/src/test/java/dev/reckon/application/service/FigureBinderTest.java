package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.Sentence;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Binding a text's figures to a dossier's series: what is told, and why the rest is not. */
class FigureBinderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Dossier DOSSIER = dossier(List.of(
            new DossierSubject(Subject.of("jc"), "Jeremy Corbyn", Map.of(Platform.TWITTER, "@jeremycorbyn"),
                    List.of("Corbyn", "the leader")),
            new DossierSubject(Subject.of("labour"), "UK Labour", Map.of(), List.of("Labour"))));

    private final FigureBinder binder = new FigureBinder(DOSSIER);

    @Test
    void theCataloguesWordsTheSubjectsAliasAndTheFinalDaysBindAFigure() {
        Map<String, Binding> bound = binder.bind(text(
                "In the final 28 days the leader's Facebook content reached 37.4m unique people.",
                figure("28 days", FigureKind.DURATION, "28"), figure("37.4m", FigureKind.COUNT, "37.4m")));

        assertThat(bound.get("f2").check()).contains("reach{jc, facebook, final28} = 37.4m");
        assertThat(bound.get("f1").reason()).isEqualTo("a duration is no series' value on its own");
    }

    @Test
    void theLongestWordsWinSoPeopleWhoSharedAreSharersNotReach() {
        Map<String, Binding> bound = binder.bind(text(
                "Over GE2019, 865,000 unique people shared Corbyn's Facebook posts.",
                figure("865,000", FigureKind.COUNT, "865,000")));

        assertThat(bound.get("f1").check()).contains("unique_sharers{jc, facebook, ge2019} = 865,000");
    }

    @Test
    void aDayAndAnAccountBindToTheOneDayPeriodAndTheSubject() {
        Map<String, Binding> bound = binder.bind(text(
                "On 12 December @jeremycorbyn had 2.2m followers on Twitter.",
                figure("12 December", FigureKind.DATE, null), figure("2.2m", FigureKind.COUNT, "2.2m")));

        assertThat(bound.get("f2").check()).contains("followers{jc, twitter, polling-day} = 2.2m");
    }

    @Test
    void sinceADayBindsToThePeriodStartingThenAndMoneyToTheDonationsWithNoPlatformAsAll() {
        Map<String, Binding> bound = binder.bind(text(
                "Since April 30 Labour raised £1,200 in donations.",
                figure("April 30", FigureKind.DATE, null), figure("£1,200", FigureKind.MONEY, "£1,200")));

        assertThat(bound.get("f2").check()).contains("donations_amount{labour, all, spring} = £1,200");
    }

    @Test
    void aWholeYearBindsOnlyToAPeriodThatIsTheWholeYear() {
        Map<String, Binding> bound = binder.bind(text(
                "In 2018 Labour had 3,752 donors. In 2017 Labour had 2,000 donors.",
                figure("2018", FigureKind.YEAR, null), figure("3,752", FigureKind.COUNT, "3,752"),
                figure("2017", FigureKind.YEAR, null), figure("2,000", FigureKind.COUNT, "2,000")));

        assertThat(bound.get("f2").check()).contains("donors{labour, all, y2018} = 3,752");
        assertThat(bound.get("f4").check()).isEmpty();
        assertThat(bound.get("f4").reason()).isEqualTo("the dossier declares no period that is the whole of 2017 "
                + "(ge2017 (2017-04-18 to 2017-06-08) only lies within it)");
    }

    @Test
    void aMonthBindsOnlyToAPeriodThatIsThatWholeMonthAndNeedsItsYearWhenTwoFit() {
        Map<String, Binding> bound = binder.bind(text(
                "In November Labour had 5,000 likes. During March 2018 Labour had 700 donors. "
                        + "In March Labour had 800 donors. In May Labour had 900 donors. Labour had 1,000 donors in October.",
                figure("5,000", FigureKind.COUNT, "5,000"), figure("700", FigureKind.COUNT, "700"),
                figure("800", FigureKind.COUNT, "800"), figure("900", FigureKind.COUNT, "900"),
                figure("1,000", FigureKind.COUNT, "1,000")));

        assertThat(bound.get("f1").check()).contains("likes{labour, all, nov2019} = 5,000");
        assertThat(bound.get("f2").check()).contains("donors{labour, all, mar2018} = 700");
        assertThat(bound.get("f3").reason()).isEqualTo("\"in March\" fits several declared periods: mar2018, mar2019");
        assertThat(bound.get("f4").reason()).isEqualTo("the dossier declares no period that is the whole of May");
        assertThat(bound.get("f5").reason()).isEqualTo("the dossier declares no period that is the whole of October");
    }

    @Test
    void aPeriodWithNoOtherFigureBetweenWinsOverOneBeyondAnotherFigure() {
        Map<String, Binding> bound = binder.bind(text(
                "In November Labour had 5,000 donors and 4,000 donors in March 2019. In November Labour had 300 donors and 200 likes. "
                        + "On 12 December Labour had 90 donors, and in March 2019 it had 80 donors.",
                figure("5,000", FigureKind.COUNT, "5,000"), figure("4,000", FigureKind.COUNT, "4,000"),
                figure("300", FigureKind.COUNT, "300"), figure("200", FigureKind.COUNT, "200"),
                figure("12 December", FigureKind.DATE, null), figure("90", FigureKind.COUNT, "90"),
                figure("80", FigureKind.COUNT, "80")));

        assertThat(bound.get("f1").check()).contains("donors{labour, all, nov2019} = 5,000");
        assertThat(bound.get("f2").check()).contains("donors{labour, all, mar2019} = 4,000");
        assertThat(bound.get("f4").check()).contains("likes{labour, all, nov2019} = 200");
        assertThat(bound.get("f6").reason()).isEqualTo("its sentence names more than one period: polling-day, mar2019");
        assertThat(bound.get("f7").check()).contains("donors{labour, all, mar2019} = 80");
    }

    @Test
    void aFigureOfOnePostOrOneDayIsNeverBoundToThePeriodsTotal() {
        Map<String, Binding> bound = binder.bind(text(
                "In GE2019 Corbyn had 9,000 retweets on Twitter, and his most retweeted tweet got 40 retweets. "
                        + "In GE2019 Corbyn's Facebook views peaked at 31,932. In GE2019 Corbyn's top Facebook post had 2,000 likes.",
                figure("9,000", FigureKind.COUNT, "9,000"), figure("40", FigureKind.COUNT, "40"),
                figure("31,932", FigureKind.COUNT, "31,932"), figure("2,000", FigureKind.COUNT, "2,000")));

        assertThat(bound.get("f1").check()).contains("retweets{jc, twitter, ge2019} = 9,000");
        assertThat(bound.get("f2").reason()).isEqualTo(
                "the figure of one post or day (\"most retweeted\"), not of a period: no series holds it");
        assertThat(bound.get("f3").reason()).contains("(\"peaked\")");
        assertThat(bound.get("f4").reason()).contains("(\"top Facebook post\")");
    }

    @Test
    void whatThePostsReceivedIsTheirLifetimeMetricAndTimesSeenAreImpressions() {
        Map<String, Binding> bound = binder.bind(text(
                "In GE2019 Corbyn's tweets were seen 103,068 times and earned 187 likes. "
                        + "In GE2019 Corbyn had 500 likes on his Facebook posts. In GE2019 Corbyn had 600 likes on Facebook.",
                figure("103,068", FigureKind.COUNT, "103,068"), figure("187", FigureKind.COUNT, "187"),
                figure("500", FigureKind.COUNT, "500"), figure("600", FigureKind.COUNT, "600")));

        assertThat(bound.get("f1").check()).contains("post_impressions{jc, twitter, ge2019} = 103,068");
        assertThat(bound.get("f2").check()).contains("post_likes{jc, twitter, ge2019} = 187");
        assertThat(bound.get("f3").check()).contains("post_likes{jc, facebook, ge2019} = 500");
        assertThat(bound.get("f4").check()).contains("likes{jc, facebook, ge2019} = 600");
    }

    @Test
    void viewersAreReachAsMetaBusinessSuiteCallsIt() {
        Map<String, Binding> bound = binder.bind(text("In GE2019 Corbyn's page was seen by 115,317 viewers on Facebook.",
                figure("115,317", FigureKind.COUNT, "115,317")));

        assertThat(bound.get("f1").check()).contains("reach{jc, facebook, ge2019} = 115,317");
    }

    @Test
    void aPeriodAfterAnotherFigureIsThatFiguresNotThisOnes() {
        Map<String, Binding> bound = binder.bind(text(
                "Corbyn ended with 1.1m likes on Facebook, twice the 480,000 likes of GE2017.",
                figure("1.1m", FigureKind.COUNT, "1.1m"), figure("480,000", FigureKind.COUNT, "480,000")));

        assertThat(bound.get("f1").reason()).startsWith("its sentence names none of the dossier's periods");
        assertThat(bound.get("f2").check()).contains("likes{jc, facebook, ge2017} = 480,000");
    }

    @Test
    void aSubjectCarriesToTheNextSentenceOfItsParagraphButNotPastABlankLine() {
        Map<String, Binding> bound = binder.bind(text(
                "Corbyn's Facebook page was busy in GE2019. It had 5,000 comments in GE2019.\n\n"
                        + "It had 7,000 shares in GE2019.",
                figure("5,000", FigureKind.COUNT, "5,000"), figure("7,000", FigureKind.COUNT, "7,000")));

        assertThat(bound.get("f1").check()).contains("comments{jc, facebook, ge2019} = 5,000");
        assertThat(bound.get("f2").reason()).startsWith("the text names none of the dossier's subjects near it (jc (Jeremy Corbyn)");
    }

    @Test
    void nothingIsGuessed() {
        Map<String, Binding> bound = binder.bind(text(
                "Corbyn and Labour had 9,000 likes in GE2019. Corbyn had 8.7 views per person in GE2019. "
                        + "Corbyn had 3,000 donations in GE2019. Corbyn had 41 videos in GE2019. "
                        + "Corbyn had 12,000 likes on Facebook and Twitter in GE2019. Corbyn had 500 likes on Facebook in GE2019 and GE2017.",
                figure("9,000", FigureKind.COUNT, "9,000"), figure("8.7", FigureKind.COUNT, "8.7"),
                figure("3,000", FigureKind.COUNT, "3,000"), figure("41", FigureKind.COUNT, "41"),
                figure("12,000", FigureKind.COUNT, "12,000"), figure("500", FigureKind.COUNT, "500")));

        assertThat(bound.values()).allSatisfy(b -> assertThat(b.check()).isEmpty());
        assertThat(bound.get("f1").reason()).isEqualTo("its sentence names more than one subject: jc, labour");
        assertThat(bound.get("f2").reason()).isEqualTo("a rate (\"views per person\"): no series holds it");
        assertThat(bound.get("f3").reason()).isEqualTo(
                "\"donations\" names donations_amount, which counts money, but the figure is a count");
        assertThat(bound.get("f4").reason()).isEqualTo("no metric: the words after it (\"videos in GE2019\") name none in the catalogue");
        assertThat(bound.get("f5").reason()).isEqualTo("its sentence names more than one platform: facebook, twitter");
        assertThat(bound.get("f6").reason()).isEqualTo("its sentence names more than one period: ge2019, ge2017");
    }

    @Test
    void aDossierWithOneSubjectHasItForEveryFigure() {
        Dossier one = dossier(List.of(new DossierSubject(Subject.of("labour"), "UK Labour", Map.of())));

        Map<String, Binding> bound = new FigureBinder(one).bind(text("The campaign found 3,752 donors in GE2019.",
                figure("3,752", FigureKind.COUNT, "3,752")));

        assertThat(bound.get("f1").check()).contains("donors{labour, all, ge2019} = 3,752");
    }

    private static Dossier dossier(List<DossierSubject> subjects) {
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("ge2017", Period.of("ge2017", LocalDate.of(2017, 4, 18), LocalDate.of(2017, 6, 8), LONDON));
        periods.put("ge2019", Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), LONDON));
        periods.put("final28", Period.of("final28", LocalDate.of(2019, 11, 15), LocalDate.of(2019, 12, 12), LONDON));
        periods.put("polling-day", Period.onDay("polling-day", LocalDate.of(2019, 12, 12), LONDON));
        periods.put("spring", Period.of("spring", LocalDate.of(2019, 4, 30), LocalDate.of(2019, 6, 30), LONDON));
        periods.put("y2018", Period.of("y2018", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), LONDON));
        periods.put("nov2019", Period.of("nov2019", LocalDate.of(2019, 11, 1), LocalDate.of(2019, 11, 30), LONDON));
        periods.put("mar2018", Period.of("mar2018", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), LONDON));
        periods.put("mar2019", Period.of("mar2019", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), LONDON));
        return new Dossier(Path.of("dossier"), "", LONDON, subjects, periods, MetricCatalogue.builtIn(), List.of(), List.of());
    }

    /** A figure as the scanner would give it: its text, kind and, for a quantity, its check. */
    private record Written(String text, FigureKind kind, String check) {
    }

    private static Written figure(String text, FigureKind kind, String check) {
        return new Written(text, kind, check);
    }

    /** The text with its figures found where they first stand after the previous one, and its sentences. */
    private static ScannedText text(String text, Written... written) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("(?s).+?\\.(?=\\s|$)\\s*").matcher(text);
        while (m.find()) {
            sentences.add(new Sentence(sentences.size() + 1, m.start(), m.end()));
        }
        List<TextFigure> figures = new ArrayList<>();
        int from = 0;
        for (Written w : written) {
            int start = text.indexOf(w.text(), from);
            int end = start + w.text().length();
            int sentence = sentences.stream().filter(s -> s.start() <= start && start < s.end()).findFirst().orElseThrow().number();
            Optional<Interval> interval = w.check() == null ? Optional.empty()
                    : Optional.of(Interval.exactly(new BigDecimal(w.check().replaceAll("[^0-9.]", ""))));
            figures.add(new TextFigure("f" + (figures.size() + 1), w.text(), start, end, 1, start + 1, w.kind(), interval,
                    Optional.empty(), Optional.empty(), Optional.empty(), sentence, Optional.ofNullable(w.check())));
            from = end;
        }
        return new ScannedText(text, sentences, figures, List.of(), List.of());
    }
}
