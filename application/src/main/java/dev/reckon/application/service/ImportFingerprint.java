package dev.reckon.application.service;

import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hash (hex SHA-256) of everything besides a file's bytes that decides what importing it yields:
 * the dossier's zone (the days dates stand for), its subjects and their accounts (who a row is
 * about), its metrics (what a column means), and the file's data entry (subject, platform, covers,
 * year, format, zone). A file whose bytes and fingerprint are both unchanged would be imported into the
 * same observations, so it is not read again.
 */
final class ImportFingerprint {

    private ImportFingerprint() {
    }

    static String of(Dossier dossier, DataEntry entry) {
        StringBuilder text = new StringBuilder();
        line(text, "zone", dossier.zone().getId());
        line(text, "subject", entry.subject().map(Subject::id).orElse(""));
        line(text, "platform", entry.platform().map(Platform::id).orElse(""));
        line(text, "covers", entry.covers().map(w -> w.start() + "/" + w.end()).orElse(""));
        line(text, "year", entry.year().map(Object::toString).orElse(""));
        line(text, "format", entry.format().orElse(""));
        // Always written, so that stores built before readers took zones into account are read again.
        line(text, "data zone", entry.zone().map(ZoneId::getId).orElse("(the dossier's)"));
        Map<String, Map<String, String>> accounts = new TreeMap<>();
        dossier.directory().accounts().forEach((subject, byPlatform) -> {
            Map<String, String> sorted = new TreeMap<>();
            byPlatform.forEach((platform, account) -> sorted.put(platform.id(), account));
            accounts.put(subject.id(), sorted);
        });
        accounts.forEach((subject, byPlatform) -> {
            line(text, "subject-id", subject);
            byPlatform.forEach((platform, account) -> line(text, "account " + platform, account));
        });
        dossier.catalogue().all().stream().sorted(Comparator.comparing(Metric::id)).forEach(metric ->
                line(text, "metric " + metric.id(), metric.unit() + " " + metric.kind() + " " + metric.basis() + " "
                        + metric.definition()));
        return HexFormat.of().formatHex(Fingerprint.newDigest().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** One {@code name=value} line; the length prefix keeps a value holding '=' or a line break unambiguous. */
    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }
}
