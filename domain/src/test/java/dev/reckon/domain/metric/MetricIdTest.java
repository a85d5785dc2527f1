package dev.reckon.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricIdTest {

    @Test
    void isWrittenAsItsValueAndEqualByIt() {
        assertThat(new MetricId("video_views")).hasToString("video_views").isEqualTo(new MetricId("video_views"))
                .hasSameHashCodeAs(new MetricId("video_views")).isNotEqualTo(new MetricId("views"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Reach", "2views", "_views", "video-views", "video views", "réach"})
    void refusesWhatIsNotAMetricsName(String text) {
        assertThat(MetricId.isWellFormed(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new MetricId(text))
                .withMessageContaining("'" + text + "'").withMessageContaining("lower-case letter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reach", "post_impressions", "v2", "a"})
    void takesWhatIs(String text) {
        assertThat(MetricId.isWellFormed(text)).isTrue();
        assertThat(new MetricId(text).value()).isEqualTo(text);
    }
}
