import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * DuckDB's side of the import benchmark: reads the same canonical CSV with read_csv and keeps the
 * last value of each observation key with GROUP BY, as Reckon's import does, in an in-memory
 * database. Run by bench/import-bench.sh with DuckDB's JDBC driver, which it downloads for this
 * only: Reckon itself does not depend on DuckDB. Arguments: the file, the number of runs.
 */
public final class DuckDbImport {

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            try (ResultSet threads = statement.executeQuery("SELECT current_setting('threads')")) {
                threads.next();
                System.out.printf(Locale.ROOT, "DuckDB %s, %s threads%n", connection.getMetaData().getDatabaseProductVersion(),
                        threads.getString(1));
            }
            for (int run = 1; run <= runs; run++) {
                statement.execute("DROP TABLE IF EXISTS observations");
                long start = System.nanoTime();
                statement.execute("CREATE TABLE observations AS SELECT subject, platform, metric, \"from\", \"to\", segment,"
                        + " last(value) AS value FROM read_csv('" + file.replace("'", "''") + "', all_varchar = true)"
                        + " GROUP BY ALL");
                double seconds = (System.nanoTime() - start) / 1e9;
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM observations")) {
                    count.next();
                    System.out.printf(Locale.ROOT, "DuckDB run %d: read_csv + GROUP BY into a table of %,d observations in %.2f s%n",
                            run, count.getLong(1), seconds);
                }
            }
        }
    }
}
