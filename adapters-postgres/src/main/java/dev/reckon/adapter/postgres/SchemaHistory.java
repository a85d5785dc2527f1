package dev.reckon.adapter.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a database's schema is already the one this Reckon's scripts make, read from Flyway's
 * history table with plain statements. Most processes open a database that is up to date; telling
 * so without Flyway spares them loading it and its two scans of the scripts, about half a second
 * of a first check (docs/benchmarks.md). Anything else (no history, a failed step, a step this
 * Reckon has not, or lacks) is left to Flyway, which migrates or refuses.
 */
final class SchemaHistory {

    /** Flyway's history table, as {@link PostgresDatabase} configures it. */
    static final String TABLE = "reckon_schema_history";

    /**
     * The versions of the scripts under {@code db/reckon/}: a new {@code V2__...sql} adds "2" here
     * ({@code SchemaHistoryTest} compares this list with the scripts).
     */
    static final List<String> SCRIPT_VERSIONS = List.of("1");

    private SchemaHistory() {
    }

    /** True when every script has been applied successfully and nothing else has. */
    static boolean isCurrent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT to_regclass('" + TABLE + "') IS NOT NULL")) {
                if (!table.next() || !table.getBoolean(1)) {
                    return false;
                }
            }
            Set<String> applied = new HashSet<>();
            try (ResultSet steps = statement.executeQuery(
                    "SELECT version, success FROM " + TABLE + " WHERE version IS NOT NULL")) {
                while (steps.next()) {
                    if (!steps.getBoolean(2) || !applied.add(steps.getString(1))) {
                        return false;
                    }
                }
            }
            return applied.equals(Set.copyOf(SCRIPT_VERSIONS));
        }
    }
}
