package dev.reckon.report;

import dev.reckon.application.port.in.FigureStatus;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.shared.Sentence;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.number.Interval;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A text's scan as plain data: the JSON contract of {@code reckon scan --format json} and of
 * {@code POST /api/v1/scans} (docs/scan.md). Absent parts are null; bounds are exact decimal strings
 * or {@code "-inf"} / {@code "+inf"}, as in the check report.
 */
public record ScanReportView(List<FigureView> figures, List<RelationView> relations,
                             List<SuggestionView> suggestions, List<UnboundView> unbound, List<SentenceView> sentences,
                             SummaryView summary) {

    public static ScanReportView of(TextScan scan) {
        Map<String, TextScan.Status> statuses = scan.statuses();
        List<FigureView> figures = scan.text().figures().stream().map(f -> FigureView.of(f, statuses.get(f.id()))).toList();
        List<RelationView> relations = scan.checked().stream().map(RelationView::of).toList();
        List<SuggestionView> suggestions = scan.suggestions().stream().map(SuggestionView::of).toList();
        List<UnboundView> unbound = scan.unbound().stream().map(u -> new UnboundView(u.figureId(), u.reason())).toList();
        List<SentenceView> sentences = scan.text().sentences().stream().map(SentenceView::of).toList();
        return new ScanReportView(figures, relations, suggestions, unbound, sentences, SummaryView.of(figures, relations));
    }

    /**
     * @param start     offset of the figure's first character in the text (UTF-16 code units)
     * @param column    1-based, in code points
     * @param kind      money, count, percent, ratio, duration, year, date, time, ordinal or label
     * @param lo        lower end of what the figure allows, qualifier included; null for what is not a quantity
     * @param check     the figure in the claim language; null for what is not a quantity and for ranges
     * @param status    consistent, inconsistent, undecided or not-checked
     * @param reason    why a figure is not checked, else null
     */
    public record FigureView(String id, String text, int start, int end, int line, int column, String kind, String lo,
                             String hi, String currency, String qualifier, String noun, int sentence, String check,
                             String status, String reason) {

        static FigureView of(TextFigure f, TextScan.Status status) {
            return new FigureView(f.id(), f.text(), f.start(), f.end(), f.line(), f.column(), f.kind().id(),
                    f.interval().map(Interval::loText).orElse(null), f.interval().map(Interval::hiText).orElse(null),
                    f.currency().map(Currency::getCurrencyCode).orElse(null), f.qualifier().orElse(null),
                    f.noun().orElse(null), f.sentence(), f.check().orElse(null), status.status().id(),
                    status.reason().isEmpty() ? null : status.reason());
        }
    }

    /**
     * @param kind        average, share, sum, parts-within, difference, multiple, restatement or change
     * @param figures     the ids of the figures it relates
     * @param verdict     the domain's verdict on the check: true, false, undecided or invalid
     * @param explanation the domain's sentence on it
     */
    public record RelationView(String id, String kind, List<String> figures, String check, String verdict,
                               String explanation) {

        static RelationView of(TextScan.CheckedRelation checked) {
            return new RelationView(checked.id(), checked.relation().kind().id(), checked.relation().figureIds(),
                    checked.relation().check(), checked.result().verdict().id(), checked.result().explanation());
        }
    }

    /**
     * A figure bound to a series of the dossier scanned with: a check to copy into it, and its verdict there.
     *
     * @param figure      the figure's id
     * @param check       {@code series = figure}, such as {@code reach{jc, facebook, final28} = 37.4m}
     * @param verdict     the check's verdict against the dossier's data
     * @param explanation the domain's sentence on it
     */
    public record SuggestionView(String figure, String check, String verdict, String explanation) {

        static SuggestionView of(TextScan.Suggestion suggestion) {
            return new SuggestionView(suggestion.figureId(), suggestion.check(), suggestion.result().verdict().id(),
                    suggestion.result().explanation());
        }
    }

    /** A quantity the dossier scanned with has no series for that the text tells, and why. */
    public record UnboundView(String figure, String reason) {
    }

    public record SentenceView(int number, int start, int end) {

        static SentenceView of(Sentence sentence) {
            return new SentenceView(sentence.number(), sentence.start(), sentence.end());
        }
    }

    /**
     * @param figures      every figure found, quantities or not
     * @param quantities   those that are quantities
     * @param inRelations  figures at least one relation uses
     * @param notChecked   figures no relation uses
     * @param verdicts     how many relations got each verdict
     */
    public record SummaryView(int figures, int quantities, int inRelations, int consistent, int inconsistent,
                              int undecided, int notChecked, int relations, Map<String, Long> verdicts) {

        static SummaryView of(List<FigureView> figures, List<RelationView> relations) {
            Map<String, Long> byVerdict = relations.stream()
                    .collect(Collectors.groupingBy(RelationView::verdict, Collectors.counting()));
            Map<String, Long> verdicts = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                verdicts.put(v.id(), byVerdict.getOrDefault(v.id(), 0L));
            }
            Map<String, Long> byStatus = figures.stream()
                    .collect(Collectors.groupingBy(FigureView::status, Collectors.counting()));
            Function<FigureStatus, Integer> count = s -> byStatus.getOrDefault(s.id(), 0L).intValue();
            int quantities = (int) figures.stream().filter(f -> f.lo() != null).count();
            return new SummaryView(figures.size(), quantities,
                    count.apply(FigureStatus.CONSISTENT) + count.apply(FigureStatus.INCONSISTENT) + count.apply(FigureStatus.UNDECIDED),
                    count.apply(FigureStatus.CONSISTENT), count.apply(FigureStatus.INCONSISTENT),
                    count.apply(FigureStatus.UNDECIDED), count.apply(FigureStatus.NOT_CHECKED), relations.size(),
                    verdicts);
        }
    }
}
