package dev.reckon.adapter.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Looks into a store's file with plain SQL, past the store's own API, to check what is really there. */
final class RawStore {

    private RawStore() {
    }

    static String integrityCheck(Path file) throws SQLException {
        return String.join("\n", column(file, "PRAGMA integrity_check"));
    }

    /** Observations per source name, counted in the table itself. */
    static Map<String, Long> observationsPerSource(Path file) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT s.name, count(o.series_id) FROM source s"
                     + " LEFT JOIN observation o ON o.source_id = s.id GROUP BY s.name")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    static List<String> column(Path file, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
