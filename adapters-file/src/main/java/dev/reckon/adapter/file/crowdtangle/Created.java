package dev.reckon.adapter.file.crowdtangle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** When a post was created, and its day in the zone the file's times are read in. */
record Created(Instant instant, LocalDate day) {
    Created {
        Objects.requireNonNull(instant, "instant is null");
        Objects.requireNonNull(day, "day is null");
    }
}
