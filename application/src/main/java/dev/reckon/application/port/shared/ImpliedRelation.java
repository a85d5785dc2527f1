package dev.reckon.application.port.shared;

import java.util.List;
import java.util.Objects;

/**
 * Arithmetic the text itself implies between its figures, written as a check in the claim language.
 *
 * @param kind      what sort of relation
 * @param figureIds the figures it relates, in the order of the text
 * @param check     the check, using only the figures' own values
 * @param reading   the words that imply it, for a reader ("an average of")
 */
public record ImpliedRelation(RelationKind kind, List<String> figureIds, String check, String reading) {

    public ImpliedRelation {
        Objects.requireNonNull(kind, "kind is null");
        figureIds = List.copyOf(figureIds);
        Objects.requireNonNull(check, "check is null");
        Objects.requireNonNull(reading, "reading is null");
        if (figureIds.size() < 2) {
            throw new IllegalArgumentException("a relation needs at least two figures: " + figureIds);
        }
    }
}
