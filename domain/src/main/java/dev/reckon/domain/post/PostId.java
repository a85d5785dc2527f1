package dev.reckon.domain.post;

import dev.reckon.domain.observation.Platform;
import java.util.Objects;

/**
 * A post's identity: the platform's own id, unique on its platform. Two exports that give the same
 * id give the same post, whichever files (and whichever of the dossier's subjects) they come from.
 */
public record PostId(Platform platform, String id) implements Comparable<PostId> {

    public PostId {
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a post id must not be blank");
        }
    }

    @Override
    public int compareTo(PostId other) {
        int byPlatform = platform.compareTo(other.platform);
        return byPlatform != 0 ? byPlatform : id.compareTo(other.id);
    }

    /** {@code twitter:1234}. */
    @Override
    public String toString() {
        return platform.id() + ":" + id;
    }
}
