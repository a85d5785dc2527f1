package dev.reckon.adapter.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.domain.claim.CheckParser;

/**
 * The scanner never throws, whatever the bytes, and what it gives back is well formed: offsets
 * inside the text and in order, and every relation's check readable by the claim language.
 * A plain {@code mvn test} replays the saved inputs in ProseScannerFuzzTestInputs; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/scan.md says how).
 */
class ProseScannerFuzzTest {

    private final ProseScanner scanner = new ProseScanner();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAWellFormedScan(byte[] content) {
        ScannedText text = scanner.scan(content);

        int previousEnd = 0;
        for (TextFigure figure : text.figures()) {
            assertThat(figure.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(figure.end()).isLessThanOrEqualTo(text.text().length());
            assertThat(text.text().substring(figure.start(), figure.end())).isEqualTo(figure.text());
            assertThat(figure.line()).isPositive();
            assertThat(figure.sentence()).isBetween(1, Math.max(1, text.sentences().size()));
            previousEnd = figure.end();
        }
        for (ImpliedRelation relation : text.relations()) {
            assertThatCode(() -> CheckParser.parse(relation.check())).as(relation.check()).doesNotThrowAnyException();
        }
    }
}
