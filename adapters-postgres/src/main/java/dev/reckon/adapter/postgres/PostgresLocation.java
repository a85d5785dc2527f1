package dev.reckon.adapter.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a PostgreSQL store is: {@code postgresql://user[:password]@host[:port]/database}, with an
 * optional {@code ?dossier=NAME} that names the dossier in the database (by default its folder's
 * name) and further parameters passed to the JDBC driver as they are ({@code sslmode=require}).
 *
 * <p>The password comes from the URL, else from {@code PGPASSWORD}, else the driver looks it up in
 * {@code ~/.pgpass} (or the file {@code PGPASSFILE} names), as {@code psql} does. It is never part of
 * {@link #toString()} nor of any message built from this location: {@link #mask(String)} removes it
 * from texts that come from elsewhere, such as the driver's own messages.
 */
public final class PostgresLocation {

    /** The parameter naming the dossier; every other one goes to the driver. */
    static final String DOSSIER_PARAMETER = "dossier";
    private static final int DEFAULT_PORT = 5432;
    private static final String MASK = "***";

    private final String user;
    private final String host;
    private final int port;
    private final String database;
    private final Optional<String> password;
    private final Optional<String> dossier;
    private final Map<String, String> driverParameters;

    private PostgresLocation(String user, String host, int port, String database, Optional<String> password,
                             Optional<String> dossier, Map<String, String> driverParameters) {
        this.user = user;
        this.host = host;
        this.port = port;
        this.database = database;
        this.password = password;
        this.dossier = dossier;
        this.driverParameters = Map.copyOf(driverParameters);
    }

    /** Whether {@code text} is meant as a PostgreSQL location (by its scheme), well formed or not. */
    public static boolean isPostgres(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://");
    }

    /**
     * Reads {@code url}; {@code environment} gives {@code PGPASSWORD} when the URL has no password.
     *
     * @throws IllegalArgumentException saying what is wrong, without the password
     */
    public static PostgresLocation parse(String url, Map<String, String> environment) {
        Objects.requireNonNull(url, "url is null");
        Objects.requireNonNull(environment, "environment is null");
        if (!isPostgres(url)) {
            throw new IllegalArgumentException("a PostgreSQL store is given as postgresql://user@host:port/database");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the store URL is not well formed (" + e.getReason()
                    + "); write it as postgresql://user@host:port/database, characters such as @ : / in the"
                    + " password written %40 %3A %2F");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty() || userInfo.startsWith(":")) {
            throw new IllegalArgumentException("the store URL names no user: write it as"
                    + " postgresql://user@host:port/database");
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        Optional<String> password = colon < 0 ? Optional.ofNullable(environment.get("PGPASSWORD"))
                : Optional.of(decode(userInfo.substring(colon + 1)));
        String host = uri.getHost() == null || uri.getHost().isEmpty() ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("the store URL postgresql://" + user + "@" + host + ":" + port
                    + path + " names no database: write it as postgresql://user@host:port/database");
        }
        Map<String, String> parameters = parameters(uri.getRawQuery());
        Optional<String> dossier = Optional.ofNullable(parameters.remove(DOSSIER_PARAMETER));
        if (dossier.isPresent() && dossier.get().isBlank()) {
            throw new IllegalArgumentException("the store URL's dossier= names no dossier");
        }
        return new PostgresLocation(user, host, port, database, password.filter(p -> !p.isEmpty()), dossier,
                parameters);
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("the store URL's parameter '" + decode(pair)
                        + "' has no value: write name=value");
            }
            parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the driver is given besides the URL: the user, the password when known, and the URL's parameters. */
    Properties driverProperties() {
        Properties properties = new Properties();
        properties.putAll(driverParameters);
        properties.setProperty("user", user);
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "reckon");
        return properties;
    }

    String user() {
        return user;
    }

    /** The dossier's name in the database: the URL's {@code dossier=}, or {@code folderName}. */
    String dossierName(String folderName) {
        return dossier.orElse(folderName);
    }

    /** Where the password came from, for a refused login: never the password itself. */
    String passwordOrigin() {
        return password.isPresent() ? "the password given (in the URL or PGPASSWORD)"
                : "no password (none in the URL, PGPASSWORD or ~/.pgpass)";
    }

    /** {@code text} with the password, wherever it appears, replaced by {@code ***}. */
    public String mask(String text) {
        if (text == null) {
            return "";
        }
        return password.filter(p -> p.length() > 0).map(p -> text.replace(p, MASK)).orElse(text);
    }

    /** The location without its password: safe to print. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
