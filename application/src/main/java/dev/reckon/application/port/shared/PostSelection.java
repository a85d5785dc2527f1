package dev.reckon.application.port.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which of a dossier's posts to list and how, as a user writes it: each text is checked against
 * the dossier when the posts are read.
 *
 * @param subject  a subject's id
 * @param platform a platform's id
 * @param period   a period the dossier declares, or days {@code 2017-01-01..2017-03-31} (both included)
 * @param sort     a metric: the posts with the largest values of it first, those without it last;
 *                 without one, posts come by creation time
 * @param top      how many posts to give at most
 */
public record PostSelection(Optional<String> subject, Optional<String> platform, Optional<String> period,
                            Optional<String> sort, OptionalInt top) {

    public static final PostSelection ALL = new PostSelection(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), OptionalInt.empty());

    public PostSelection {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(sort, "sort is null");
        Objects.requireNonNull(top, "top is null");
        if (top.isPresent() && top.getAsInt() < 1) {
            throw new IllegalArgumentException("top must be at least 1: " + top.getAsInt());
        }
    }
}
