package dev.reckon.application.service;

import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.Sentence;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Binds a text's figures to a dossier's series: the metric from the catalogue's words right after the
 * figure, the subject from its names, aliases and accounts, the platform from its name, the period
 * from the phrases that name a declared one. A figure any of these cannot be told for stays unbound,
 * with the reason: nothing is guessed.
 *
 * <p>A subject or platform not named in the figure's sentence is the one the nearest earlier sentence
 * of its paragraph names ("the leader's Facebook content ... 865,000 people shared it"); a period is
 * never carried over, since the next sentence often changes it ("over the whole campaign").
 */
final class FigureBinder {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");
    private static final Set<FigureKind> BOUND_KINDS = Set.of(FigureKind.COUNT, FigureKind.MONEY);
    /**
     * Words before a figure (since the sentence's previous quantity) that make it the figure of one post or
     * one day, not of the period: "our most retweeted tweet got 40 retweets", "views peaked at 31,932".
     * No series holds a maximum, and the period's total would make such a figure a silent false.
     */
    private static final Pattern ONE_POST_OR_DAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:most[\\s-]+(?:\\p{L}+ed|popular|read|seen)"
                    + "|(?:top|best|highest|biggest|busiest|strongest)[\\s-]+(?:\\p{L}+[\\s-]+)?(?:tweet|post|video|story|reel|day)s?"
                    + "|peak(?:ed|s)?|(?:a|one)\\s+single|single[\\s-]+(?:tweet|post|video|day))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** Words that say the platform without naming it: a tweet is on Twitter (X). */
    private static final Map<Platform, List<String>> PLATFORM_WORDS = Map.of(
            Platform.TWITTER, List.of("twitter", "tweet", "tweets", "tweeted", "retweet", "retweets", "retweeted"));

    private final MetricWords metrics;
    private final Map<DossierSubject, List<WholeWords>> subjects = new LinkedHashMap<>();
    private final Map<Platform, WholeWords> platforms = new LinkedHashMap<>();
    private final PeriodPhrases periods;
    private final Map<String, Period> declared;

    FigureBinder(Dossier dossier) {
        this.metrics = new MetricWords(dossier.catalogue());
        for (DossierSubject s : dossier.subjects()) {
            subjects.put(s, Stream.of(List.of(s.id().id(), s.name()), s.aliases(), List.copyOf(s.accounts().values()))
                    .flatMap(List::stream).map(n -> n.startsWith("@") ? n.substring(1) : n).distinct()
                    .map(WholeWords::of).toList());
        }
        for (Platform p : Platform.values()) {
            if (p != Platform.ALL) {
                platforms.put(p, WholeWords.anyOf(PLATFORM_WORDS.getOrDefault(p, List.of(p.id()))));
            }
        }
        this.periods = new PeriodPhrases(dossier.periods());
        this.declared = dossier.periods();
    }

    /** The binding of every quantity of {@code text}, by figure id, in the text's order. */
    Map<String, Binding> bind(ScannedText text) {
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (TextFigure figure : text.figures()) {
            if (figure.kind().isQuantity()) {
                bindings.put(figure.id(), bind(text, figure));
            }
        }
        return bindings;
    }

    private Binding bind(ScannedText text, TextFigure figure) {
        if (!BOUND_KINDS.contains(figure.kind())) {
            return Binding.unbound("a " + figure.kind().id() + " is no series' value on its own");
        }
        if (figure.check().isEmpty()) {
            return Binding.unbound("a range cannot stand in a check");
        }
        Optional<Sentence> sentence = text.sentences().stream().filter(s -> s.number() == figure.sentence()).findFirst();
        if (sentence.isEmpty()) {
            return Binding.unbound("its sentence is not in the text");
        }
        Sentence own = sentence.get();
        Optional<String> single = onePostOrDay(text, own, figure);
        if (single.isPresent()) {
            return Binding.unbound("the figure of one post or day (\"" + single.get() + "\"), not of a period: no series holds it");
        }
        Binding.Part<Metric> metric = metrics.metricOf(figure.kind(),
                text.text().substring(own.start(), figure.start()), text.text().substring(figure.end(), own.end()));
        if (metric.value().isEmpty()) {
            return Binding.unbound(metric.reason());
        }
        List<Sentence> paragraph = paragraphUpTo(text, own);
        Binding.Part<DossierSubject> subject = nearest(text.text(), paragraph, this::subjectsIn, "subject", s -> s.id().id());
        if (subject.value().isEmpty()) {
            return Binding.unbound(subject.reason().isEmpty() ? noSubject() : subject.reason());
        }
        Binding.Part<Platform> platform = nearest(text.text(), paragraph, this::platformsIn, "platform", Platform::id);
        if (platform.value().isEmpty() && !platform.reason().isEmpty()) {
            return Binding.unbound(platform.reason());
        }
        Binding.Part<Period> period = periodOf(text, own, figure);
        if (period.value().isEmpty()) {
            return Binding.unbound(period.reason());
        }
        String series = metric.value().get().id() + "{" + subject.value().get().id().id() + ", "
                + platform.value().orElse(Platform.ALL).id() + ", " + period.value().get().name() + "}";
        return Binding.bound(series + " = " + figure.check().get());
    }

    /** The words that make the figure one post's or one day's, between the sentence's previous quantity and it. */
    private static Optional<String> onePostOrDay(ScannedText text, Sentence own, TextFigure figure) {
        int from = text.figures().stream()
                .filter(f -> f.sentence() == own.number() && f.kind().isQuantity() && f.end() <= figure.start())
                .mapToInt(TextFigure::end).max().orElse(own.start());
        Matcher words = ONE_POST_OR_DAY.matcher(text.text().substring(from, figure.start()));
        return words.find() ? Optional.of(words.group().replaceAll("\\s+", " ")) : Optional.empty();
    }

    private String noSubject() {
        return "the text names none of the dossier's subjects near it ("
                + String.join(", ", subjects.keySet().stream().map(s -> s.id().id() + " (" + s.name() + ")").toList()) + ")";
    }

    /** The figure's sentence and the earlier ones of its paragraph, nearest first. */
    private static List<Sentence> paragraphUpTo(ScannedText text, Sentence own) {
        List<Sentence> nearestFirst = new ArrayList<>(List.of(own));
        Sentence later = own;
        for (int i = text.sentences().indexOf(own) - 1; i >= 0; i--) {
            Sentence earlier = text.sentences().get(i);
            if (BLANK_LINE.matcher(text.text().substring(earlier.start(), later.start())).find()) {
                break;
            }
            nearestFirst.add(earlier);
            later = earlier;
        }
        return nearestFirst;
    }

    /**
     * What the nearest sentence naming any names, when it names exactly one; empty with no reason when no
     * sentence names any, empty with the reason when the nearest names several.
     */
    private <T> Binding.Part<T> nearest(String text, List<Sentence> sentences, Function<String, Set<T>> named,
                                         String what, Function<T, String> id) {
        for (Sentence s : sentences) {
            Set<T> found = named.apply(text.substring(s.start(), s.end()));
            if (found.size() == 1) {
                return Binding.Part.of(found.iterator().next());
            }
            if (found.size() > 1) {
                return Binding.Part.none("its sentence names more than one " + what + ": "
                        + String.join(", ", found.stream().map(id).toList()));
            }
        }
        return Binding.Part.none("");
    }

    private Set<DossierSubject> subjectsIn(String sentence) {
        if (subjects.size() == 1) {
            // A dossier about one subject: every figure a text gives is about it unless it names no other.
            return Set.copyOf(subjects.keySet());
        }
        Set<DossierSubject> found = new LinkedHashSet<>();
        subjects.forEach((s, names) -> {
            if (names.stream().anyMatch(n -> n.isIn(sentence))) {
                found.add(s);
            }
        });
        return found;
    }

    private Set<Platform> platformsIn(String sentence) {
        Set<Platform> found = new LinkedHashSet<>();
        platforms.forEach((p, words) -> {
            if (words.isIn(sentence)) {
                found.add(p);
            }
        });
        return found;
    }

    /**
     * "124,783 impressions in February and 103,068 impressions in January", "On 25 August ... 115,317
     * viewers, and in August ... 577,535 viewers": a phrase with no other count or sum between it and the
     * figure is the figure's own, and when it has one, a phrase with another figure between belongs to that one.
     */
    private static List<PeriodPhrases.Mention> ownWinOverAnotherFigures(
            List<PeriodPhrases.Mention> applying, List<TextFigure> inSentence, TextFigure figure) {
        List<PeriodPhrases.Mention> own = applying.stream().filter(m -> inSentence.stream().noneMatch(
                f -> f != figure && BOUND_KINDS.contains(f.kind())
                        && f.start() > Math.min(m.start(), figure.start()) && f.start() < Math.max(m.start(), figure.start())))
                .toList();
        return own.isEmpty() ? applying : own;
    }

    /**
     * The period the phrases of the figure's sentence name: those before the figure, and those after it
     * with no other count or sum between ("1.1m likes, twice the 480,000 it had in 2017": "in 2017" is
     * the 480,000's, not the 1.1m's).
     */
    private Binding.Part<Period> periodOf(ScannedText text, Sentence own, TextFigure figure) {
        List<TextFigure> inSentence = text.figures().stream().filter(f -> f.sentence() == own.number()).toList();
        List<PeriodPhrases.Mention> applying = periods.in(text.text(), own.start(), own.end(), inSentence).stream()
                .filter(m -> m.start() < figure.start() || inSentence.stream().noneMatch(
                        f -> BOUND_KINDS.contains(f.kind()) && f.start() > figure.start() && f.start() < m.start()))
                .sorted(Comparator.comparingInt(PeriodPhrases.Mention::start))
                .toList();
        applying = ownWinOverAnotherFigures(applying, inSentence, figure);
        Set<Period> named = new LinkedHashSet<>();
        applying.forEach(m -> m.period().value().ifPresent(named::add));
        if (named.size() == 1) {
            return Binding.Part.of(named.iterator().next());
        }
        if (named.size() > 1) {
            return Binding.Part.none("its sentence names more than one period: "
                    + String.join(", ", named.stream().map(Period::name).toList()));
        }
        return applying.stream().map(PeriodPhrases.Mention::period).filter(p -> !p.reason().isEmpty()).findFirst()
                .<Binding.Part<Period>>map(p -> Binding.Part.none(p.reason()))
                .orElseGet(() -> Binding.Part.none("its sentence names none of the dossier's periods ("
                        + String.join(", ", declared.keySet()) + ")"));
    }
}
