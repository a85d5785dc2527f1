package dev.reckon.adapter.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.application.service.ScanTextService;
import dev.reckon.domain.number.Interval;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scanner against texts annotated by hand (src/test/resources/corpus): recall and precision of
 * figures, kinds, years and dates never read as quantities, and every annotated relation found
 * with the right verdict. The texts kept out of tuning are reported on their own.
 */
class CorpusTest {

    private final ScanTextService service = new ScanTextService(new ProseScanner());

    @Test
    void tuningTextsMeetTheTargets() throws Exception {
        Score score = score("tuning");
        System.out.println("corpus tuning:   " + score);
        assertThat(score.recall()).as("figures found").isGreaterThanOrEqualTo(0.95);
        assertThat(score.kindsRight()).as("kinds right").isGreaterThanOrEqualTo(0.90);
        assertThat(score.yearsOrDatesAsQuantities).as("years or dates read as quantities").isEmpty();
        assertThat(score.relationMisses).as("annotated relations not found with the right verdict").isEmpty();
    }

    @Test
    void heldOutTextsAreReportedAndNeverCountAYearOrDate() throws Exception {
        Score score = score("held-out");
        System.out.println("corpus held-out: " + score);
        assertThat(score.yearsOrDatesAsQuantities).as("years or dates read as quantities").isEmpty();
        assertThat(score.recall()).as("figures found").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void trialTextsInOtherStylesAreReportedWithTheirIntervals() throws Exception {
        Score score = score("trial");
        System.out.println("corpus trial:    " + score);
        assertThat(score.yearsOrDatesAsQuantities).as("years or dates read as quantities").isEmpty();
        assertThat(score.recall()).as("figures found").isGreaterThanOrEqualTo(0.95);
        assertThat(score.kindsRight()).as("kinds right").isGreaterThanOrEqualTo(0.90);
        assertThat(score.intervalsRight()).as("intervals right").isGreaterThanOrEqualTo(0.90);
        assertThat(score.relationExtras).as("relations no annotation names").isEmpty();
    }

    private Score score(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/corpus/" + folder).toURI());
        Score score = new Score();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                score.add(AnnotatedText.parse(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return score;
    }

    private final class Score {
        int expected;
        int found;
        int matched;
        int foundMatching;
        int kindsRight;
        int relations;
        int relationsRight;
        int intervals;
        int intervalsRight;
        final List<String> yearsOrDatesAsQuantities = new ArrayList<>();
        final List<String> relationMisses = new ArrayList<>();
        /** Relations the scanner asserts that no annotation names: the text never said them. */
        final List<String> relationExtras = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        void add(AnnotatedText text) {
            TextScan scan = service.scan(new ScanTextCommand(text.text().getBytes(StandardCharsets.UTF_8)));
            List<TextFigure> figures = scan.text().figures();
            expected += text.figures().size();
            found += figures.size();
            for (TextFigure f : figures) {
                if (text.figures().stream().anyMatch(e -> e.overlaps(f.start(), f.end()))) {
                    foundMatching++;
                } else {
                    misses.add(text.name() + ": extra " + f.text() + " (" + f.kind().id() + ")");
                }
            }
            for (AnnotatedText.Expected e : text.figures()) {
                Optional<TextFigure> f = figureFor(e, figures);
                if (f.isEmpty()) {
                    misses.add(text.name() + ": missed " + text.text().substring(e.start(), e.end()));
                    continue;
                }
                matched++;
                if (f.get().kind().id().equals(e.kind())) {
                    kindsRight++;
                } else {
                    misses.add(text.name() + ": " + f.get().text() + " is " + f.get().kind().id() + ", not " + e.kind());
                }
                e.interval().ifPresent(expected -> {
                    intervals++;
                    if (f.get().interval().map(i -> sameInterval(expected, i)).orElse(false)) {
                        intervalsRight++;
                    } else {
                        misses.add(text.name() + ": " + f.get().text() + " is " + f.get().interval().map(Interval::toString).orElse("no interval")
                                + ", not " + expected);
                    }
                });
                boolean calendar = e.kind().equals("year") || e.kind().equals("date");
                if (calendar && figures.stream().anyMatch(x -> e.overlaps(x.start(), x.end()) && x.kind().isQuantity())) {
                    yearsOrDatesAsQuantities.add(text.name() + ": " + f.get().text());
                }
            }
            List<List<String>> annotated = text.relations().stream().map(r -> r.figures().stream()
                    .map(n -> figureFor(text.figures().get(n - 1), figures).map(TextFigure::id).orElse("?")).toList()).toList();
            scan.checked().stream().filter(c -> !annotated.contains(c.relation().figureIds()))
                    .forEach(c -> relationExtras.add(text.name() + ": " + c.relation().kind().id() + " " + c.relation().check()));
            for (AnnotatedText.ExpectedRelation r : text.relations()) {
                relations++;
                List<String> ids = r.figures().stream()
                        .map(n -> figureFor(text.figures().get(n - 1), figures).map(TextFigure::id).orElse("?")).toList();
                boolean right = scan.checked().stream().anyMatch(c -> c.relation().kind().id().equals(r.kind())
                        && c.relation().figureIds().equals(ids) && c.result().verdict().id().equals(r.verdict()));
                if (right) {
                    relationsRight++;
                } else {
                    relationMisses.add(text.name() + ": " + r.kind() + " " + ids + " " + r.verdict() + " not found; found "
                            + scan.checked().stream().map(c -> c.relation().kind().id() + " " + c.relation().figureIds() + " "
                            + c.result().verdict().id() + " (" + c.relation().check() + ")").toList());
                }
            }
        }

        private Optional<TextFigure> figureFor(AnnotatedText.Expected e, List<TextFigure> figures) {
            return figures.stream().filter(f -> e.overlaps(f.start(), f.end())).findFirst();
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        double precision() {
            return found == 0 ? 1 : (double) foundMatching / found;
        }

        double intervalsRight() {
            return intervals == 0 ? 1 : (double) intervalsRight / intervals;
        }

        double kindsRight() {
            return matched == 0 ? 1 : (double) kindsRight / matched;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d figures annotated, %d found; recall %.1f%%, precision %.1f%%, "
                            + "kinds right %.1f%%; intervals right %d/%d; relations %d/%d right; years or dates as quantities: %d%s",
                    expected, found, 100 * recall(), 100 * precision(), 100 * kindsRight(), intervalsRight, intervals, relationsRight, relations,
                    yearsOrDatesAsQuantities.size(), misses.isEmpty() && relationMisses.isEmpty() ? ""
                            : "\n  " + String.join("\n  ", misses) + (relationMisses.isEmpty() ? "" : "\n  " + String.join("\n  ", relationMisses)))
                    + (relationExtras.isEmpty() ? "" : "\n  not annotated: " + String.join("\n  not annotated: ", relationExtras));
        }
    }

    /** Equal ends, up to 0.1% of an end (a hand-written {@code 0.3333} is a third). */
    private static boolean sameInterval(String expected, Interval actual) {
        String[] ends = expected.split("\\.\\.");
        return sameEnd(ends[0], actual.lo()) && sameEnd(ends[1], actual.hi());
    }

    private static boolean sameEnd(String written, Optional<BigDecimal> actual) {
        if (written.equals("inf")) {
            return actual.isEmpty();
        }
        BigDecimal value = handWritten(written);
        if (actual.isEmpty()) {
            return false;
        }
        BigDecimal slack = value.abs().multiply(new BigDecimal("0.001"));
        return actual.get().subtract(value).abs().compareTo(slack) <= 0;
    }

    private static BigDecimal handWritten(String written) {
        record Suffix(String text, String factor) {
        }
        for (Suffix s : List.of(new Suffix("bn", "1e9"), new Suffix("m", "1e6"), new Suffix("k", "1e3"), new Suffix("%", "0.01"))) {
            if (written.endsWith(s.text())) {
                return new BigDecimal(written.substring(0, written.length() - s.text().length())).multiply(new BigDecimal(s.factor()));
            }
        }
        return new BigDecimal(written);
    }

    @SuppressWarnings("unused")
    private static boolean isQuantity(FigureKind kind) {
        return kind.isQuantity();
    }
}
