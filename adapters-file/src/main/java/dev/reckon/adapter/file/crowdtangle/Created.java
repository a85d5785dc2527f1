package dev.reckon.adapter.file.crowdtangle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** When a post was created, and the day that is in the dossier's zone, by which posts are rolled up. */
record Created(Instant instant, LocalDate day) {
    Created {
        Objects.requireNonNull(instant, "instant is null");
        Objects.requireNonNull(day, "day is null");
    }
}
