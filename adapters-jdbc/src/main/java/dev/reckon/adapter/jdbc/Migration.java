package dev.reckon.adapter.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * One step of the store's schema: the SQL that takes a file from {@code version - 1} to
 * {@code version}. Steps are never edited once released; a change is a new step.
 */
record Migration(int version, String purpose, List<String> statements) {

    Migration {
        Objects.requireNonNull(purpose, "purpose is null");
        statements = List.copyOf(statements);
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
    }
}
