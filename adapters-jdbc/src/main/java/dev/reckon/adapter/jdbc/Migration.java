package dev.reckon.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * One step of the store's schema: the SQL that takes a file from {@code version - 1} to
 * {@code version}, and where SQL cannot do it, work in Java run after the statements ({@code then}),
 * in the same transaction. Steps are never edited once released; a change is a new step.
 */
record Migration(int version, String purpose, List<String> statements, Step then) {

    /** What a step does beyond its SQL: rewriting rows into a form only Java writes. */
    @FunctionalInterface
    interface Step {
        Step NOTHING = writer -> { };

        void run(Connection writer) throws SQLException;
    }

    Migration {
        Objects.requireNonNull(purpose, "purpose is null");
        Objects.requireNonNull(then, "then is null");
        statements = List.copyOf(statements);
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
    }

    Migration(int version, String purpose, List<String> statements) {
        this(version, purpose, statements, Step.NOTHING);
    }
}
