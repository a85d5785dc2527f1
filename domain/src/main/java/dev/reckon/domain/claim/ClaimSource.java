package dev.reckon.domain.claim;

import java.util.Objects;

/** Who made a claim, where and when, as free text ("Leader's Team Digital", "submission to the NEC", "2020-01"). */
public record ClaimSource(String who, String where, String when) {

    public ClaimSource {
        Objects.requireNonNull(who, "who is null");
        Objects.requireNonNull(where, "where is null");
        Objects.requireNonNull(when, "when is null");
    }
}
