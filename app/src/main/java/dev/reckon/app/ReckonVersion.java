package dev.reckon.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version the build wrote into {@code reckon-version.properties}. */
final class ReckonVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "reckon-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"reckon " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = ReckonVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(unknown version)";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties.getProperty("version", "(unknown version)");
    }
}
