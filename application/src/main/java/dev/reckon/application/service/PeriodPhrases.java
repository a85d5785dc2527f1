package dev.reckon.application.service;

import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of a sentence that name one of a dossier's declared periods: its name ("on polling
 * day", "GE2019"), "the final 28 days" (a period of 28 days ending where a longer one ends), a day
 * ("on 12 December": a one-day period on it), a year ("in 2017": a period that is the whole year) and
 * "since April 30" (a period starting on that day) and a month ("in January", "during March 2017": a
 * period that is the whole calendar month). A check can only name a declared period, so a phrase no
 * declared period matches stays a phrase with the reason.
 */
final class PeriodPhrases {

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(\\p{L}+)(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,4})\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /**
     * "in January", "during March 2017": a month after a preposition of time, with its year when written; a
     * day after it ("in January 12") makes it a date, which the date figures name instead.
     */
    private static final Pattern IN_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:in|during|for|over|throughout|across|through)\\s+(?:the\\s+month\\s+of\\s+)?"
                    + "(january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "(?:,?\\s+(\\d{4})(?!\\d))?+(?![\\p{L}\\p{N}])(?!\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\p{N}))",
            Pattern.CASE_INSENSITIVE);

    /**
     * A phrase naming a period, where it stands in the text.
     *
     * @param start  its offset in the text
     * @param words  the phrase as written
     * @param period the declared period it names, or empty with the reason
     */
    record Mention(int start, String words, Binding.Part<Period> period) {
    }

    private final Map<String, Period> periods;
    private final Map<String, WholeWords> names;

    PeriodPhrases(Map<String, Period> periods) {
        this.periods = Map.copyOf(periods);
        Map<String, WholeWords> byName = new LinkedHashMap<>();
        periods.keySet().forEach(name -> byName.put(name, WholeWords.of(name)));
        this.names = byName;
    }

    /** Every phrase of the sentence {@code text[start, end)} that names a period; {@code figures} are the sentence's. */
    List<Mention> in(String text, int start, int end, Collection<TextFigure> figures) {
        List<Mention> mentions = new ArrayList<>();
        String sentence = text.substring(start, end);
        names.forEach((name, words) -> words.positionsIn(sentence).forEach(
                at -> mentions.add(new Mention(start + at, name, Binding.Part.of(periods.get(name))))));
        for (TextFigure figure : figures) {
            String before = text.substring(Math.max(start, figure.start() - 12), figure.start()).toLowerCase(Locale.ROOT);
            Optional<Binding.Part<Period>> named = switch (figure.kind()) {
                case DURATION -> before.matches("(?s).*\\b(final|last)\\s+$") ? Optional.of(finalDays(figure)) : Optional.empty();
                case DATE -> date(figure.text()).map(day -> before.matches("(?s).*\\bsince\\s+$") ? since(day) : onDay(day));
                case YEAR -> before.matches("(?s).*\\bin\\s+$") ? wholeYear(figure.text()) : Optional.empty();
                default -> Optional.empty();
            };
            named.ifPresent(p -> mentions.add(new Mention(figure.start(), figure.text(), p)));
        }
        Matcher month = IN_MONTH.matcher(sentence);
        while (month.find()) {
            mentions.add(new Mention(start + month.start(), month.group(), wholeMonth(month.group(1), writtenYear(month.group(2)))));
        }
        return mentions;
    }

    /**
     * "in January": a declared period that is the whole calendar month, in the year written or, without
     * one, in any year as long as one period alone fits (a dossier of two Januaries needs the year).
     */
    private Binding.Part<Period> wholeMonth(String word, Optional<Integer> year) {
        Month month = Month.valueOf(word.toUpperCase(Locale.ROOT));
        List<Period> matching = periods.values().stream()
                .filter(p -> p.from().getDayOfMonth() == 1 && p.from().getMonth() == month
                        && p.to().equals(p.from().withDayOfMonth(p.from().lengthOfMonth())))
                .filter(p -> year.map(y -> y == p.from().getYear()).orElse(true))
                .sorted(Comparator.comparing(Period::from))
                .toList();
        String written = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + year.map(y -> " " + y).orElse("");
        return unique(matching, "the dossier declares no period that is the whole of " + written, "\"in " + written + "\"");
    }

    /** "the final 28 days": a declared period that long, ending on the day a longer declared one ends. */
    private Binding.Part<Period> finalDays(TextFigure figure) {
        Matcher digits = LEADING_NUMBER.matcher(figure.text());
        Optional<Long> days = figure.interval().flatMap(PeriodPhrases::exactWhole)
                .or(() -> digits.lookingAt() ? Optional.of(Long.parseLong(digits.group(1))) : Optional.empty())
                .map(n -> figure.text().toLowerCase(Locale.ROOT).contains("week") ? n * 7 : n);
        if (days.isEmpty() || !figure.text().toLowerCase(Locale.ROOT).matches(".*\\b(days?|weeks?)\\b.*")) {
            return Binding.Part.none("\"the final " + figure.text() + "\" is not a whole number of days");
        }
        List<Period> matching = periods.values().stream().filter(p -> p.days() == days.get())
                .filter(p -> periods.values().stream().anyMatch(longer -> longer.days() > p.days() && longer.to().equals(p.to())
                        && !longer.from().isAfter(p.from())))
                .toList();
        return unique(matching, "the dossier declares no period of " + days.get() + " days that ends where a longer one ends",
                "\"the final " + figure.text() + "\"");
    }

    private Binding.Part<Period> onDay(DayOfText day) {
        List<Period> matching = periods.values().stream().filter(Period::isSingleDay).filter(p -> day.is(p.from())).toList();
        return unique(matching, "the dossier declares no one-day period on " + day, day.toString());
    }

    private Binding.Part<Period> since(DayOfText day) {
        List<Period> matching = periods.values().stream().filter(p -> day.is(p.from())).toList();
        return unique(matching, "the dossier declares no period starting on " + day, "\"since " + day + "\"");
    }

    private Optional<Binding.Part<Period>> wholeYear(String written) {
        if (!written.matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(written);
        List<Period> matching = periods.values().stream()
                .filter(p -> p.from().equals(LocalDate.of(year, 1, 1)) && p.to().equals(LocalDate.of(year, 12, 31))).toList();
        List<String> within = periods.values().stream().filter(p -> p.from().getYear() == year && p.to().getYear() == year)
                .map(Period::toString).toList();
        String none = "the dossier declares no period that is the whole of " + year
                + (within.isEmpty() ? "" : " (" + String.join(", ", within) + " only lies within it)");
        return Optional.of(unique(matching, none, "\"in " + year + "\""));
    }

    private static Binding.Part<Period> unique(List<Period> matching, String none, String phrase) {
        if (matching.isEmpty()) {
            return Binding.Part.none(none);
        }
        if (matching.size() > 1) {
            return Binding.Part.none(phrase + " fits several declared periods: "
                    + String.join(", ", matching.stream().map(Period::name).toList()));
        }
        return Binding.Part.of(matching.get(0));
    }

    private static Optional<Long> exactWhole(Interval interval) {
        BigDecimal lo = interval.lo().orElse(null);
        if (lo == null || !interval.hi().map(hi -> hi.compareTo(lo) == 0).orElse(false)) {
            return Optional.empty();
        }
        try {
            return Optional.of(lo.longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A day as a text writes it: day and month, and the year when it says. */
    private record DayOfText(MonthDay day, Optional<Integer> year) {

        boolean is(LocalDate date) {
            return MonthDay.from(date).equals(day) && year.map(y -> y == date.getYear()).orElse(true);
        }

        @Override
        public String toString() {
            String month = day.getMonth().name().charAt(0) + day.getMonth().name().substring(1).toLowerCase(Locale.ROOT);
            return day.getDayOfMonth() + " " + month + year.map(y -> " " + y).orElse("");
        }
    }

    /** "12 December", "December 12, 2019", "12th of December", "2019-12-12"; empty for anything else ("November 2019"). */
    private static Optional<DayOfText> date(String written) {
        try {
            Matcher iso = ISO.matcher(written);
            if (iso.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                return Optional.of(new DayOfText(MonthDay.from(d), Optional.of(d.getYear())));
            }
            Matcher dm = DAY_MONTH.matcher(written);
            if (dm.matches()) {
                return month(dm.group(2)).map(m -> new DayOfText(MonthDay.of(m, Integer.parseInt(dm.group(1))), writtenYear(dm.group(3))));
            }
            Matcher md = MONTH_DAY.matcher(written);
            if (md.matches()) {
                return month(md.group(1)).map(m -> new DayOfText(MonthDay.of(m, Integer.parseInt(md.group(2))), writtenYear(md.group(3))));
            }
        } catch (DateTimeException e) {
            // "31 February" is no day a period can be on.
        }
        return Optional.empty();
    }

    private static Optional<Integer> writtenYear(String written) {
        return Optional.ofNullable(written).map(Integer::parseInt);
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(w) || (w.length() <= 4 && name.startsWith(w.replace(".", "")))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
