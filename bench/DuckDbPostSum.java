import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * DuckDB's side of bench/post-series-bench.sh: loads the CrowdTangle-shaped CSV into an in-memory
 * table with read_csv, then sums one page's Total Interactions (Reckon's post_engagements) over
 * 2019-2021 five times, as a post_* series over that page's 100,000 posts does. Run with DuckDB's
 * JDBC driver, which the benchmark script downloads for this only. Arguments: the file.
 */
public final class DuckDbPostSum {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery("SELECT version()")) {
                version.next();
                System.out.println("DuckDB " + version.getString(1));
            }
            long start = System.nanoTime();
            statement.execute("CREATE TABLE posts AS SELECT \"User Name\" AS page, \"Post Created\" AS created,"
                    + " \"Total Interactions\" AS engagements FROM read_csv('" + args[0].replace("'", "''")
                    + "', header = true, all_varchar = true)");
            System.out.printf(Locale.ROOT, "DuckDB read_csv into a table in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            for (int time = 1; time <= 5; time++) {
                start = System.nanoTime();
                try (ResultSet sum = statement.executeQuery("SELECT count(*), sum(CAST(replace(engagements, ',', '')"
                        + " AS BIGINT)) FROM posts WHERE page = 'labour' AND created >= '2019-01-01'"
                        + " AND created < '2022-01-01'")) {
                    sum.next();
                    System.out.printf(Locale.ROOT, "  DuckDB sum over %,d posts: %d in %.0f ms%n", sum.getLong(1),
                            sum.getLong(2), (System.nanoTime() - start) / 1e6);
                }
            }
        }
    }
}
