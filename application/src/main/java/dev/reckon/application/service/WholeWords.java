package dev.reckon.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A name found in prose as whole words, in any case: "the leader" is found in "the leader's page" but
 * "Labour" is not found in "Labourers". Spaces, hyphens and underscores in the name match one another
 * ({@code polling-day} is found in "on polling day").
 */
final class WholeWords {

    private final Pattern pattern;

    private WholeWords(Pattern pattern) {
        this.pattern = pattern;
    }

    static WholeWords of(String name) {
        return anyOf(List.of(name));
    }

    /** Any of {@code names}, each as whole words. */
    static WholeWords anyOf(List<String> names) {
        String alternatives = String.join("|", names.stream()
                .map(name -> String.join("[\\s_-]+", Stream.of(name.strip().split("[\\s_-]+")).map(Pattern::quote).toList()))
                .toList());
        String regex = "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])";
        return new WholeWords(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Where the name starts in {@code text}, every time it stands there. */
    List<Integer> positionsIn(CharSequence text) {
        List<Integer> positions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            positions.add(m.start());
        }
        return positions;
    }

    boolean isIn(CharSequence text) {
        return pattern.matcher(text).find();
    }
}
