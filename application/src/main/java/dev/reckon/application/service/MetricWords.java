package dev.reckon.application.service;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.metric.MetricUnit;
import dev.reckon.domain.observation.Platform;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a figure's metric from the words right after it, by the catalogue's words for each metric
 * ({@link Metric#words()}): the longest that the text after the figure starts with wins, so
 * "865,000 unique people shared it" is {@code unique_sharers}, not {@code reach}.
 */
final class MetricWords {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** After the metric's words, these make the figure a rate ("8.7 views per person"), which no series holds. */
    private static final List<String> RATE_WORDS = List.of("per ", "each", "a head", "on average", "an hour", "a day");

    /** "were seen 103,068 times": times something was shown are its impressions. */
    private static final Pattern SEEN_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:seen|shown|displayed)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern TIMES = Pattern.compile("(?i)^\\s*times(?![\\p{L}\\p{N}])(?!\\s+(?:as|more|less|fewer|over)\\b)");
    /**
     * Words that make a figure what the posts themselves received ("our tweets earned 187 likes", "1,287
     * engagements on our posts"): the lifetime metric of the posts published in the period, which a
     * per-post export holds, rather than what happened on the period's days.
     */
    private static final Pattern POSTS_RECEIVED = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:tweets|posts|videos)\\s+(?:\\p{L}+\\s+)?(?:were\\s+seen|were\\s+shown|earned|got|received|drew|attracted|"
                    + "generated|gathered|racked\\s+up|won)(?![\\p{L}\\p{N}])");
    private static final Pattern ON_POSTS_AFTER = Pattern.compile(
            "(?i)^\\s*(?:on|for)\\s+(?:our|its|their|his|her|the|these|those)\\s+(?:\\p{L}+\\s+)?(?:tweets|posts|videos)(?![\\p{L}\\p{N}])");

    private final MetricCatalogue catalogue;
    private final List<Map.Entry<String, Metric>> words;

    MetricWords(MetricCatalogue catalogue) {
        this.catalogue = catalogue;
        this.words = catalogue.all().stream()
                .flatMap(m -> m.words().stream().map(w -> Map.entry(w.toLowerCase(Locale.ROOT), m)))
                .sorted(Comparator.comparingInt((Map.Entry<String, Metric> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /**
     * The metric of a figure of {@code kind} from the words of its sentence {@code before} and {@code after}
     * it: those after name it, or "times" after "seen" does; words saying the posts received it make it
     * the posts' lifetime metric where the catalogue has one.
     */
    Binding.Part<Metric> metricOf(FigureKind kind, String before, String after) {
        if (kind == FigureKind.COUNT && TIMES.matcher(after).find() && SEEN_BEFORE.matcher(before).find()) {
            return ofThePosts(before, "", catalogue.find(new MetricId("impressions")).orElseThrow());
        }
        Binding.Part<Metric> named = metricOf(kind, after);
        return named.value().map(m -> ofThePosts(before, after, m)).orElse(named);
    }

    private Binding.Part<Metric> ofThePosts(String before, String after, Metric metric) {
        boolean received = POSTS_RECEIVED.matcher(before).find()
                || ON_POSTS_AFTER.matcher(after.substring(Math.min(after.length(), afterMetricWords(after)))).find();
        return Binding.Part.of(received ? catalogue.find(new MetricId("post_" + metric.id().value())).orElse(metric) : metric);
    }

    /** Where the words naming the metric end in {@code after} (0 when none is found). */
    private int afterMetricWords(String after) {
        String lower = after.toLowerCase(Locale.ROOT);
        int leading = lower.length() - lower.stripLeading().length();
        String read = lower.stripLeading();
        String withoutPlatform = withoutPlatform(read);
        int skipped = read.length() - withoutPlatform.length();
        return words.stream().map(Map.Entry::getKey).filter(w -> startsWithWord(withoutPlatform, w)).findFirst()
                .map(w -> leading + skipped + w.length()).orElse(0);
    }

    /** The metric the words {@code after} a figure of {@code kind} name, or why none can be told. */
    Binding.Part<Metric> metricOf(FigureKind kind, String after) {
        String written = SPACES.matcher(after).replaceAll(" ").strip();
        if (written.isEmpty() || !Character.isLetter(written.charAt(0))) {
            return Binding.Part.none("no metric: no words follow it in its sentence");
        }
        String text = written.toLowerCase(Locale.ROOT);
        String read = withoutPlatform(text.startsWith("in ") ? text.substring(3) : text);
        Optional<Map.Entry<String, Metric>> found = words.stream().filter(e -> startsWithWord(read, e.getKey())).findFirst();
        if (found.isEmpty()) {
            return Binding.Part.none("no metric: the words after it (\"" + firstWords(written, 3) + "\") name none in the catalogue");
        }
        String word = found.get().getKey();
        Metric metric = found.get().getValue();
        String rest = read.substring(word.length()).strip();
        if (RATE_WORDS.stream().anyMatch(rest::startsWith)) {
            return Binding.Part.none("a rate (\"" + word + " " + firstWords(rest, 2) + "\"): no series holds it");
        }
        boolean money = kind == FigureKind.MONEY;
        if (money ? metric.unit() != MetricUnit.MONEY : !metric.unit().isCount()) {
            return Binding.Part.none("\"" + word + "\" names " + metric.id() + ", which counts " + unitWords(metric.unit())
                    + ", but the figure is " + (money ? "money" : "a count"));
        }
        return Binding.Part.of(metric);
    }

    /** "825,000 Twitter followers": the platform's name may stand between a figure and its metric's words. */
    private static String withoutPlatform(String text) {
        for (Platform platform : Platform.values()) {
            if (platform != Platform.ALL && startsWithWord(text, platform.id())) {
                return text.substring(platform.id().length()).strip();
            }
        }
        return text;
    }

    private static boolean startsWithWord(String text, String word) {
        return text.startsWith(word) && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())));
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(count, words.length))).replaceAll("[.,;:]+$", "");
    }

    private static String unitWords(MetricUnit unit) {
        return switch (unit) {
            case MONEY -> "money";
            case RATIO -> "a ratio";
            case EVENTS, PEOPLE -> "people or events";
        };
    }
}
