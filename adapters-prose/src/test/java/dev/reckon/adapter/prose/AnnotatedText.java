package dev.reckon.adapter.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus text with its hand annotations: figures written {@code [[text|kind]]}, or
 * {@code [[text|kind|lo..hi]]} with the interval a careful reader gives it ({@code 4.75m}, {@code 50%},
 * {@code inf}), and relations on lines {@code @ kind 1,2,3 verdict} (figures numbered from 1 in the
 * order of the text).
 */
record AnnotatedText(String name, String text, List<Expected> figures, List<ExpectedRelation> relations) {

    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([a-z]+)(?:\\|([^\\]]+))?]]");

    record Expected(int number, int start, int end, String kind, Optional<String> interval) {
        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    record ExpectedRelation(String kind, List<Integer> figures, String verdict) {
    }

    static AnnotatedText parse(String name, String annotated) {
        StringBuilder text = new StringBuilder();
        List<Expected> figures = new ArrayList<>();
        List<ExpectedRelation> relations = new ArrayList<>();
        for (String line : annotated.split("\n", -1)) {
            if (line.startsWith("@")) {
                String[] parts = line.substring(1).trim().split("\\s+");
                List<Integer> numbers = new ArrayList<>();
                for (String n : parts[1].split(",")) {
                    numbers.add(Integer.parseInt(n));
                }
                relations.add(new ExpectedRelation(parts[0], numbers, parts[2]));
                continue;
            }
            Matcher m = MARK.matcher(line);
            int last = 0;
            while (m.find()) {
                text.append(line, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                figures.add(new Expected(figures.size() + 1, start, text.length(), m.group(2), Optional.ofNullable(m.group(3))));
                last = m.end();
            }
            text.append(line.substring(last)).append('\n');
        }
        return new AnnotatedText(name, text.toString(), figures, relations);
    }
}
