package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dossier as read, already validated.
 *
 * @param folder    the folder it is in; data file names are relative to it
 * @param title     its title, or the empty string
 * @param zone      the zone its dates are days in
 * @param subjects  its subjects in the order written
 * @param periods   its periods by name, in the order written
 * @param catalogue the built-in metrics plus the dossier's own
 * @param data      its data entries in the order written
 * @param claims    its claims in the order written
 * @param zoneAssumed true when the dossier gives no {@code timezone:} and {@code zone} is UTC by default
 * @param reviewer  who reviews its claims, {@link Reviewer#NONE} when it names nobody
 */
public record Dossier(Path folder, String title, ZoneId zone, List<DossierSubject> subjects, Map<String, Period> periods,
                      MetricCatalogue catalogue, List<DataEntry> data, List<Claim> claims, boolean zoneAssumed,
                      Reviewer reviewer) {

    public Dossier {
        Objects.requireNonNull(folder, "folder is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(zone, "zone is null");
        subjects = List.copyOf(subjects);
        periods = Collections.unmodifiableMap(new LinkedHashMap<>(periods));
        Objects.requireNonNull(catalogue, "catalogue is null");
        data = List.copyOf(data);
        claims = List.copyOf(claims);
        Objects.requireNonNull(reviewer, "reviewer is null");
    }

    /** A dossier that states its zone and names no reviewer. */
    public Dossier(Path folder, String title, ZoneId zone, List<DossierSubject> subjects, Map<String, Period> periods,
                   MetricCatalogue catalogue, List<DataEntry> data, List<Claim> claims) {
        this(folder, title, zone, subjects, periods, catalogue, data, claims, false, Reviewer.NONE);
    }

    /** A dossier that names no reviewer. */
    public Dossier(Path folder, String title, ZoneId zone, List<DossierSubject> subjects, Map<String, Period> periods,
                   MetricCatalogue catalogue, List<DataEntry> data, List<Claim> claims, boolean zoneAssumed) {
        this(folder, title, zone, subjects, periods, catalogue, data, claims, zoneAssumed, Reviewer.NONE);
    }

    /** A dossier that states its zone. */
    public Dossier(Path folder, String title, ZoneId zone, List<DossierSubject> subjects, Map<String, Period> periods,
                   MetricCatalogue catalogue, List<DataEntry> data, List<Claim> claims, Reviewer reviewer) {
        this(folder, title, zone, subjects, periods, catalogue, data, claims, false, reviewer);
    }

    /** Each subject with the name people know it by. */
    public Map<Subject, String> subjectNames() {
        Map<Subject, String> names = new LinkedHashMap<>();
        subjects.forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    /** The subjects and their accounts, for readers. */
    public SubjectDirectory directory() {
        Map<Subject, Map<Platform, String>> accounts = new LinkedHashMap<>();
        subjects.forEach(s -> accounts.put(s.id(), s.accounts()));
        return SubjectDirectory.of(accounts);
    }
}
