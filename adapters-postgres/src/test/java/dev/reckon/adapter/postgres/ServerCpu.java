package dev.reckon.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The CPU time a PostgreSQL server on this machine has used, read from {@code /proc}: its postmaster's
 * own and that of the backends it has reaped (the children's times), plus the processes still
 * running under it. For benchmarks, whose JVM's CPU time leaves the server's out. Linux only.
 */
public final class ServerCpu {

    /** Linux's clock ticks per second for {@code /proc/PID/stat}'s times, as {@code getconf CLK_TCK} gives. */
    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    private ServerCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server at {@code location}, found through the process of a connection to it. */
    public static ServerCpu of(PostgresLocation location) {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.driverProperties());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return new ServerCpu(field(stat(row.getLong(1)), 4));
        } catch (SQLException e) {
            throw new IllegalStateException("the server's process could not be found: " + e.getMessage(), e);
        }
    }

    /** Seconds of CPU (user and system) the server has used so far. */
    public double seconds() {
        String own = stat(postmaster);
        long ticks = field(own, 14) + field(own, 15) + field(own, 16) + field(own, 17);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> stat(Long.parseLong(p.getFileName().toString())))
                    .filter(stat -> !stat.isEmpty() && field(stat, 4) == postmaster)
                    .mapToLong(stat -> field(stat, 14) + field(stat, 15))
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** {@code /proc/PID/stat}, or empty for a process that has ended. */
    private static String stat(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return "";
        }
    }

    /** Field {@code number} (from 1, as proc(5) counts) of a stat line; the name in parentheses may hold spaces. */
    private static long field(String stat, int number) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[number - 3]);
    }
}
