package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as a figure is either read, and then means what its canonical text means, or
 * refused with a column inside the text; nothing else may come out of the reader.
 */
class FigureReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyTextIsReadOrRefusedAtAColumn(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Figure figure;
        try {
            figure = Figure.parse(text);
        } catch (FigureSyntaxException refused) {
            assertThat(refused.column()).isBetween(1, text.length() + 1);
            assertThat(refused.reason()).isNotBlank();
            return;
        }
        assertThat(figure.interval().contains(figure.nominal())).isTrue();
        Figure again = Figure.parse(figure.canonicalText());
        assertThat(again.interval()).isEqualTo(figure.interval());
        assertThat(again.currency()).isEqualTo(figure.currency());
    }
}
