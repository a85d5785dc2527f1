package dev.reckon.application.service;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
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

    private final List<Map.Entry<String, Metric>> words;

    MetricWords(MetricCatalogue catalogue) {
        this.words = catalogue.all().stream()
                .flatMap(m -> m.words().stream().map(w -> Map.entry(w.toLowerCase(Locale.ROOT), m)))
                .sorted(Comparator.comparingInt((Map.Entry<String, Metric> e) -> e.getKey().length()).reversed())
                .toList();
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
