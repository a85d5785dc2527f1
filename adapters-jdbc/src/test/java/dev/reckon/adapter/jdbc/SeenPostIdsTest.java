package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.post.PostId;
import org.junit.jupiter.api.Test;

class SeenPostIdsTest {

    @Test
    void manyDifferentIdsAreNoRepeatButOneIdGivenAgainIs() {
        SeenPostIds seen = new SeenPostIds();
        for (int i = 0; i < 200_000; i++) {
            seen.add(new PostId(Platform.FACEBOOK, "https://www.facebook.com/" + i));
        }
        assertThat(seen.repeated()).isFalse();

        seen.add(new PostId(Platform.FACEBOOK, "https://www.facebook.com/" + 123_456));

        assertThat(seen.repeated()).isTrue();
    }

    @Test
    void theSameIdOnAnotherPlatformIsAnotherPost() {
        SeenPostIds seen = new SeenPostIds();
        seen.add(new PostId(Platform.FACEBOOK, "1"));
        seen.add(new PostId(Platform.TWITTER, "1"));

        assertThat(seen.repeated()).isFalse();
    }
}
