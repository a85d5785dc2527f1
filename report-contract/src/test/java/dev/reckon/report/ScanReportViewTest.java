package dev.reckon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.FigureStatus;
import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.RelationKind;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.Sentence;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.application.port.shared.Unrelated;
import dev.reckon.application.service.ScanTextService;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.number.Interval;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scan service has the domain check what a (fake) scanner found and gives every figure a status;
 * the report view counts them. Here beside the view, since the application cannot see this module.
 */
class ScanReportViewTest {

    private static TextFigure figure(String id, FigureKind kind, String value) {
        Optional<String> check = kind.isQuantity() ? Optional.of(value) : Optional.empty();
        Optional<Interval> interval = kind.isQuantity() ? Optional.of(Interval.exactly(value.replace(",", "")))
                : Optional.empty();
        return new TextFigure(id, value, 0, value.length(), 1, 1, kind, interval, Optional.empty(), Optional.empty(),
                Optional.empty(), 1, check);
    }

    private static final ScannedText FOUND = new ScannedText("text", List.of(new Sentence(1, 0, 4)),
            List.of(figure("f1", FigureKind.COUNT, "12,000"), figure("f2", FigureKind.COUNT, "400"),
                    figure("f3", FigureKind.COUNT, "30"), figure("f4", FigureKind.COUNT, "45"),
                    figure("f5", FigureKind.YEAR, "2019"), figure("f6", FigureKind.COUNT, "7"),
                    figure("f7", FigureKind.COUNT, "8")),
            List.of(new ImpliedRelation(RelationKind.AVERAGE, List.of("f1", "f2", "f3"), "12,000 / 400 = 30", "an average"),
                    new ImpliedRelation(RelationKind.AVERAGE, List.of("f1", "f2", "f4"), "12,000 / 400 = 45", "an average")),
            List.of(new Unrelated("f6", "the text does not give both figures the multiple compares")));

    private final ScanTextService service = new ScanTextService(content -> FOUND);

    @Test
    void everyRelationIsCheckedByTheDomain() {
        TextScan scan = service.scan(new ScanTextCommand(new byte[0]));

        assertThat(scan.checked()).extracting(c -> c.id()).containsExactly("r1", "r2");
        assertThat(scan.checked()).extracting(c -> c.result().verdict()).containsExactly(Verdict.TRUE, Verdict.FALSE);
        assertThat(scan.countAtLeast(Verdict.FALSE)).isEqualTo(1);
    }

    @Test
    void aFigureIsInconsistentWhenOneOfItsRelationsIsFalseAndNotCheckedWithAReasonOtherwise() {
        var statuses = service.scan(new ScanTextCommand(new byte[0])).statuses();

        assertThat(statuses.get("f3").status()).isEqualTo(FigureStatus.CONSISTENT);
        assertThat(statuses.get("f1").status()).isEqualTo(FigureStatus.INCONSISTENT);
        assertThat(statuses.get("f4").status()).isEqualTo(FigureStatus.INCONSISTENT);
        assertThat(statuses.get("f5").reason()).isEqualTo("a year is not a quantity");
        assertThat(statuses.get("f6").reason()).isEqualTo("the text does not give both figures the multiple compares");
        assertThat(statuses.get("f7").reason()).isEqualTo("no relation in the text uses it");
    }

    @Test
    void theReportCountsFiguresAndVerdicts() {
        ScanReportView view = ScanReportView.of(service.scan(new ScanTextCommand(new byte[0])));

        assertThat(view.summary().figures()).isEqualTo(7);
        assertThat(view.summary().quantities()).isEqualTo(6);
        assertThat(view.summary().inRelations()).isEqualTo(4);
        assertThat(view.summary().inconsistent()).isEqualTo(3);
        assertThat(view.summary().notChecked()).isEqualTo(3);
        assertThat(view.summary().verdicts()).containsEntry("true", 1L).containsEntry("false", 1L);
        assertThat(view.figures().get(4).lo()).isNull();
    }
}
