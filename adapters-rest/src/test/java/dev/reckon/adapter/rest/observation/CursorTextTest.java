package dev.reckon.adapter.rest.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.shared.ObservationCursor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTextTest {

    private static final ObservationCursor CURSOR = new ObservationCursor("labour", "facebook", "video_views",
            "region", "Wales – north", Instant.parse("2019-12-01T00:00:00Z"), Instant.parse("2019-12-02T00:00:00.5Z"),
            "exports/a b.csv");

    @Test
    void readsBackWhatItWroteAsUrlSafeText() {
        String text = CursorText.encode(CURSOR);

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(CursorText.decode(text)).isEqualTo(CURSOR);
    }

    @Test
    void refusesTextNoPageGave() {
        String text = CursorText.encode(CURSOR);

        for (String garbage : new String[] {"", "not a cursor", text.substring(0, text.length() - 4), text + "AAAA"}) {
            assertThatThrownBy(() -> CursorText.decode(garbage)).as(garbage)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the cursor is not one a previous page gave: start again without it");
        }
    }
}
