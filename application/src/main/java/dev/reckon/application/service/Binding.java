package dev.reckon.application.service;

import java.util.Objects;
import java.util.Optional;

/**
 * What a text's figure was bound to in a dossier: the check stating it, or why it could not be bound.
 *
 * @param check  {@code series = figure}, when bound
 * @param reason why not, when not; empty when bound
 */
record Binding(Optional<String> check, String reason) {

    Binding {
        Objects.requireNonNull(check, "check is null");
        Objects.requireNonNull(reason, "reason is null");
    }

    static Binding bound(String check) {
        return new Binding(Optional.of(check), "");
    }

    static Binding unbound(String reason) {
        return new Binding(Optional.empty(), reason);
    }

    /** One part of a binding (a metric, a subject, a period) as told, or why it cannot be. */
    record Part<T>(Optional<T> value, String reason) {

        static <T> Part<T> of(T value) {
            return new Part<>(Optional.of(value), "");
        }

        static <T> Part<T> none(String reason) {
            return new Part<>(Optional.empty(), reason);
        }
    }
}
