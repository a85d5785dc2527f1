import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * DuckDB's side of the import benchmarks: reads a canonical CSV with read_csv and keeps the last
 * value of each observation key with GROUP BY, as Reckon's import does. Run with DuckDB's JDBC
 * driver, which the benchmark scripts download for this only: Reckon itself does not depend on
 * DuckDB. Arguments: the file, the number of runs, and optionally a database file.
 *
 * <p>Without a database file (bench/import-bench.sh) the table is built in an in-memory database.
 * With one (bench/first-import-bench.sh) each run deletes the file, opens it, builds the table in
 * it, asks one series' sum, as a check's claim would, and closes it (writing it out): the time
 * covers all of that, as Reckon's first `reckon check` of a dossier covers its store.
 */
public final class DuckDbImport {

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path database = args.length > 2 ? Path.of(args[2]) : null;
        if (database != null) {
            for (int run = 1; run <= runs; run++) {
                intoFile(file, database, run);
            }
            return;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            printVersion(connection, statement);
            for (int run = 1; run <= runs; run++) {
                statement.execute("DROP TABLE IF EXISTS observations");
                long start = System.nanoTime();
                statement.execute(createTable(file));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "DuckDB run %d: read_csv + GROUP BY into a table of %,d observations in %.2f s%n",
                        run, count(statement), seconds);
            }
        }
    }

    /** One run into a fresh database file: open, load, one query, close. */
    private static void intoFile(String file, Path database, int run) throws Exception {
        Files.deleteIfExists(database);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + ".wal"));
        long start = System.nanoTime();
        long observations;
        String answer;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            if (run == 1) {
                printVersion(connection, statement);
            }
            statement.execute(createTable(file));
            try (ResultSet sum = statement.executeQuery("SELECT count(*), sum(TRY_CAST(value AS DOUBLE)) FROM observations"
                    + " WHERE subject = (SELECT min(subject) FROM observations) AND platform = 'facebook'"
                    + " AND metric = 'impressions' AND segment IS NULL")) {
                sum.next();
                answer = sum.getLong(1) + " rows, sum " + sum.getString(2);
            }
            observations = count(statement);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "DuckDB run %d: read_csv + GROUP BY into a table of %,d observations in the file %s"
                        + " (%,d MB), one query (%s), closed: %.2f s%n",
                run, observations, database, Files.size(database) >> 20, answer, seconds);
    }

    private static String createTable(String file) {
        return "CREATE TABLE observations AS SELECT subject, platform, metric, \"from\", \"to\", segment,"
                + " last(value) AS value FROM read_csv('" + file.replace("'", "''") + "', all_varchar = true)"
                + " GROUP BY ALL";
    }

    private static long count(Statement statement) throws Exception {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM observations")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void printVersion(Connection connection, Statement statement) throws Exception {
        try (ResultSet threads = statement.executeQuery("SELECT current_setting('threads')")) {
            threads.next();
            System.out.printf(Locale.ROOT, "DuckDB %s, %s threads%n", connection.getMetaData().getDatabaseProductVersion(),
                    threads.getString(1));
        }
    }
}
