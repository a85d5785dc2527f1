package dev.reckon.adapter.file.dossier;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.adapter.file.dossier.DossierYaml.ClaimYaml;
import dev.reckon.adapter.file.dossier.DossierYaml.CoversYaml;
import dev.reckon.adapter.file.dossier.DossierYaml.DataYaml;
import dev.reckon.adapter.file.dossier.DossierYaml.MetricYaml;
import dev.reckon.adapter.file.dossier.DossierYaml.PeriodYaml;
import dev.reckon.adapter.file.dossier.DossierYaml.SubjectYaml;
import dev.reckon.adapter.file.export.StoredTimes;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricUnit;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the dossier as written into the {@link Dossier} the application uses, checking every
 * value and recording each problem where it was written. It goes on after a problem, so that one
 * run shows them all.
 */
final class DossierAssembler {

    private static final Pattern PERIOD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private final Path dossierDir;
    private final Problems problems;
    private final DataReach reach;

    DossierAssembler(Path dossierDir, Problems problems, DataReach reach) {
        this.dossierDir = dossierDir;
        this.problems = problems;
        this.reach = reach;
    }

    Dossier assemble(DossierYaml yaml) {
        ZoneId zone = zone(yaml.timezone());
        List<DossierSubject> subjects = subjects(yaml.subjects());
        Map<String, Period> periods = periods(yaml, zone);
        MetricCatalogue catalogue = catalogue(yaml.metrics());
        List<DataEntry> data = yaml.data().stream()
                .filter(entry -> entry != null && entry.path() != null)
                .map(entry -> dataEntry(entry, subjects, zone))
                .flatMap(Optional::stream)
                .toList();
        return new Dossier(dossierDir, title(yaml.title()), zone, subjects, periods, catalogue, data, claims(yaml.claims()),
                yaml.timezone() == null, reviewer(yaml.reviewer()));
    }

    /** The reviewer; its addresses must be absolute http(s) URLs, as search engines read them. */
    private Reviewer reviewer(DossierYaml.ReviewerYaml yaml) {
        if (yaml == null || yaml.name() == null) {
            return Reviewer.NONE;
        }
        return new Reviewer(yaml.name().value().strip(), address(yaml.url()), address(yaml.report()));
    }

    private String address(LocatedText url) {
        if (url == null) {
            return "";
        }
        String text = url.value().strip();
        if (!text.matches("https?://[^\\s]+")) {
            problems.at(url, "'" + text + "' is not a web address: write it in full, such as https://example.org/report.html");
            return "";
        }
        return text;
    }

    private String title(LocatedText title) {
        if (title != null && !title.isBlank()) {
            return title.value().strip();
        }
        Path name = dossierDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    private ZoneId zone(LocatedText timezone) {
        return timezone == null ? ZoneOffset.UTC : knownZone(timezone).orElse(ZoneOffset.UTC);
    }

    private Optional<ZoneId> knownZone(LocatedText zone) {
        try {
            return Optional.of(ZoneId.of(zone.value().strip()));
        } catch (DateTimeException e) {
            problems.at(zone, "unknown time zone '" + zone + "': use a name such as Europe/London or UTC");
            return Optional.empty();
        }
    }

    private List<DossierSubject> subjects(Map<String, SubjectYaml> written) {
        List<DossierSubject> subjects = new ArrayList<>();
        Map<String, String> accountOwners = new HashMap<>();
        written.forEach((id, yaml) -> {
            SubjectYaml subject = yaml == null ? new SubjectYaml() : yaml;
            Subject parsed;
            try {
                parsed = Subject.of(id);
            } catch (IllegalArgumentException e) {
                problems.at(subject, e.getMessage());
                return;
            }
            Map<Platform, String> accounts = new EnumMap<>(Platform.class);
            subject.accounts().forEach((platformId, account) -> {
                Optional<Platform> platform = Platform.find(platformId);
                if (platform.isEmpty()) {
                    // An empty account ("tiktok:") has no place of its own: the subject's stands for it.
                    String message = "subject '" + id + "': unknown platform '" + platformId + "' (expected one of "
                            + Platform.allIds() + ")";
                    if (account == null) {
                        problems.at(subject, message);
                    } else {
                        problems.at(account, message);
                    }
                } else if (account == null || account.isBlank()) {
                    problems.at(subject, "subject '" + id + "': the " + platformId + " account is empty");
                } else {
                    String owner = accountOwners.putIfAbsent(platform.get() + "/" + normalise(account.value()), id);
                    if (owner != null) {
                        problems.at(account, "the " + platform.get() + " account '" + account + "' is given to both '"
                                + owner + "' and '" + id + "'");
                    } else {
                        accounts.put(platform.get(), account.value().strip());
                    }
                }
            });
            String name = subject.name() == null || subject.name().isBlank() ? id : subject.name().value().strip();
            subjects.add(new DossierSubject(parsed, name, accounts, aliases(id, subject)));
        });
        return subjects;
    }

    /** The subject's other names, stripped; an empty one is a mistake worth saying where. */
    private List<String> aliases(String id, SubjectYaml subject) {
        List<String> aliases = new ArrayList<>();
        for (LocatedText alias : subject.aliases()) {
            if (alias == null) {
                problems.at(subject, "subject '" + id + "': an alias is empty");
            } else if (alias.isBlank()) {
                problems.at(alias, "subject '" + id + "': an alias is empty");
            } else {
                aliases.add(alias.value().strip());
            }
        }
        return aliases;
    }

    private static String normalise(String account) {
        String trimmed = account.strip();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }

    private Map<String, Period> periods(DossierYaml dossier, ZoneId zone) {
        Map<String, Period> periods = new LinkedHashMap<>();
        dossier.periods().forEach((name, yaml) -> {
            Located where = yaml == null ? dossier : yaml;
            if (!PERIOD_NAME.matcher(name).matches()) {
                problems.at(where, "period name '" + name
                        + "' must start with a letter and hold only letters, digits, '_', '.' and '-'");
                return;
            }
            if (yaml == null || (yaml.on() == null && (yaml.from() == null || yaml.to() == null))) {
                problems.at(where, "period '" + name + "' needs 'from' and 'to' (inclusive days), or 'on' for a single day");
                return;
            }
            if (yaml.on() != null && (yaml.from() != null || yaml.to() != null)) {
                problems.at(yaml, "period '" + name + "' gives both 'on' and 'from'/'to': give one or the other");
                return;
            }
            Optional<LocalDate> from = date(yaml.on() != null ? yaml.on() : yaml.from());
            Optional<LocalDate> to = yaml.on() != null ? from : date(yaml.to());
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    problems.at(yaml.to(), "period '" + name + "' ends (" + to.get() + ") before it starts (" + from.get() + ")");
                } else {
                    periods.put(name, Period.of(name, from.get(), to.get(), zone));
                }
            }
        });
        return periods;
    }

    private Optional<LocalDate> date(LocatedText text) {
        try {
            return Optional.of(LocalDate.parse(text.value().strip()));
        } catch (DateTimeException e) {
            problems.at(text, "'" + text + "' is not a date: write it as year-month-day, such as 2019-11-06");
            return Optional.empty();
        }
    }

    private MetricCatalogue catalogue(List<MetricYaml> written) {
        MetricCatalogue builtIn = MetricCatalogue.builtIn();
        Map<String, Metric> added = new LinkedHashMap<>();
        for (MetricYaml yaml : written) {
            if (yaml == null || yaml.id() == null || yaml.unit() == null || yaml.kind() == null) {
                continue;
            }
            String id = yaml.id().value().strip();
            Optional<MetricUnit> unit = choice(yaml.unit(), MetricUnit.values(), MetricUnit::id, "unit");
            Optional<AggregationKind> kind = choice(yaml.kind(), AggregationKind.values(), AggregationKind::id, "kind");
            Optional<Basis> basis = yaml.basis() == null
                    ? kind.map(k -> k == AggregationKind.STOCK ? Basis.SNAPSHOT : Basis.EVENT_TIME)
                    : choice(yaml.basis(), Basis.values(), Basis::id, "basis");
            if (builtIn.named(id).isPresent()) {
                problems.at(yaml.id(), "metric '" + id + "' is built in already: give yours another id");
            } else if (added.containsKey(id)) {
                problems.at(yaml.id(), "metric '" + id + "' is defined twice");
            } else if (unit.isPresent() && kind.isPresent() && basis.isPresent()) {
                String definition = yaml.definition() == null ? "" : yaml.definition().value().strip();
                try {
                    added.put(id, new Metric(new MetricId(id), unit.get(), kind.get(), basis.get(), definition));
                } catch (IllegalArgumentException e) {
                    problems.at(yaml.id(), e.getMessage());
                }
            }
        }
        return builtIn.with(added.values());
    }

    private <E> Optional<E> choice(LocatedText text, E[] values, java.util.function.Function<E, String> id, String what) {
        String wanted = text.value().strip().toLowerCase(Locale.ROOT).replace('-', '_');
        Optional<E> found = Arrays.stream(values).filter(v -> id.apply(v).equals(wanted)).findFirst();
        if (found.isEmpty()) {
            problems.at(text, "unknown " + what + " '" + text + "' (expected one of "
                    + Arrays.stream(values).map(id).collect(Collectors.joining(", ")) + ")");
        }
        return found;
    }

    private Optional<DataEntry> dataEntry(DataYaml yaml, List<DossierSubject> subjects, ZoneId zone) {
        int before = problemCount();
        String path = yaml.path().value().strip();
        List<DataFile> files = files(yaml.path(), path);
        Optional<Subject> subject = Optional.empty();
        if (yaml.subject() != null) {
            String id = yaml.subject().value().strip();
            subject = subjects.stream().map(DossierSubject::id).filter(s -> s.id().equals(id)).findFirst();
            if (subject.isEmpty()) {
                problems.at(yaml.subject(), "unknown subject '" + id + "' (the dossier's subjects are: "
                        + (subjects.isEmpty() ? "(none)"
                           : subjects.stream().map(s -> s.id().id()).collect(Collectors.joining(", "))) + ")");
            }
        }
        Optional<Platform> platform = Optional.empty();
        if (yaml.platform() != null) {
            platform = Platform.find(yaml.platform().value());
            if (platform.isEmpty()) {
                problems.at(yaml.platform(), "unknown platform '" + yaml.platform() + "' (expected one of "
                        + Platform.allIds() + ")");
            }
        }
        Optional<ZoneId> entryZone = yaml.zone() == null ? Optional.empty() : knownZone(yaml.zone());
        // The entry's days, like its files' dates, are in the zone it gives.
        Optional<Window> covers = yaml.covers() == null ? Optional.empty()
                : covers(yaml.covers(), entryZone.orElse(zone));
        Optional<Year> year = yaml.year() == null ? Optional.empty() : year(yaml.year());
        Optional<String> format = Optional.empty();
        if (yaml.format() != null) {
            if (yaml.format().isBlank()) {
                problems.at(yaml.format(), "'format' is empty: name a format or leave the key out");
            }
            format = Optional.of(yaml.format().value().strip());
        }
        if (problemCount() != before) {
            return Optional.empty();
        }
        return Optional.of(new DataEntry(path, files, subject, platform, covers, year, format, entryZone));
    }

    private List<DataFile> files(LocatedText where, String path) {
        if (path.isEmpty()) {
            problems.at(where, "the data path is empty");
            return List.of();
        }
        Path target;
        try {
            target = dossierDir.resolve(path).normalize();
        } catch (InvalidPathException e) {
            problems.at(where, "the data path cannot name a file: it holds a character no file name can have ("
                    + e.getReason() + ")");
            return List.of();
        }
        if (Files.isRegularFile(target)) {
            return withinReach(where, path, target) ? List.of(dataFile(target)) : List.of();
        }
        if (!Files.isDirectory(target)) {
            problems.at(where, "no file or folder '" + path + "' in the dossier's folder");
            return List.of();
        }
        if (!withinReach(where, path, target)) {
            return List.of();
        }
        int before = problemCount();
        try (Stream<Path> children = Files.list(target)) {
            List<DataFile> files = children
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.equals(dossierDir.resolve(FileDossierSource.FILE_NAME).normalize()))
                    .sorted()
                    .filter(p -> withinReach(where, dossierDir.relativize(p).toString().replace(File.separatorChar, '/'), p))
                    .map(this::dataFile)
                    .toList();
            if (files.isEmpty() && problemCount() == before) {
                problems.at(where, "the folder '" + path + "' holds no data files");
            }
            return files;
        } catch (IOException e) {
            problems.at(where, "the folder '" + path + "' cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * Whether {@code target} may be read: inside the dossier's folder once every symbolic link is
     * followed, unless the user let data come from anywhere. A dossier someone sent must not read
     * {@code /etc/passwd}, {@code ../../.ssh} or {@code /proc/self/environ} through a path or a link.
     */
    private boolean withinReach(LocatedText where, String shown, Path target) {
        if (reach == DataReach.ANYWHERE) {
            return true;
        }
        try {
            if (target.toRealPath().startsWith(dossierDir.toRealPath())) {
                return true;
            }
        } catch (IOException e) {
            problems.at(where, "'" + shown + "' cannot be followed to where it leads");
            return false;
        }
        problems.at(where, "'" + shown + "' leads outside the dossier's folder; a dossier's data stay inside it"
                + " unless the command is given --allow-outside");
        return false;
    }

    private DataFile dataFile(Path file) {
        Path base = dossierDir.toAbsolutePath().normalize();
        String source = base.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
        return new DataFile(source, Opener.ofFile(file), size(file));
    }

    /** The file's size now, so that a later check can tell it changed without reading it; unknown if unreadable. */
    private static OptionalLong size(Path file) {
        try {
            return OptionalLong.of(Files.size(file));
        } catch (IOException e) {
            // Reading it will fail too, and say why where the file is read.
            return OptionalLong.empty();
        }
    }

    private Optional<Window> covers(CoversYaml covers, ZoneId zone) {
        if (covers.from() == null || covers.to() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> from = date(covers.from());
        Optional<LocalDate> to = date(covers.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            problems.at(covers.to(), "'covers' ends (" + to.get() + ") before it starts (" + from.get() + ")");
            return Optional.empty();
        }
        if (!StoredTimes.contains(from.get()) || !StoredTimes.contains(to.get())) {
            // The store could not keep the coverage: refused here, where the setting is, not by the store later.
            LocatedText outside = StoredTimes.contains(from.get()) ? covers.to() : covers.from();
            problems.at(outside, StoredTimes.outside("'covers' (" + from.get() + " to " + to.get() + ")"));
            return Optional.empty();
        }
        return Optional.of(Window.ofDays(from.get(), to.get(), zone));
    }

    private Optional<Year> year(LocatedText text) {
        try {
            int year = Integer.parseInt(text.value().strip());
            if (year >= 1990 && year <= 2200) {
                return Optional.of(Year.of(year));
            }
        } catch (NumberFormatException e) {
            // reported below, like a year out of range
        }
        problems.at(text, "'" + text + "' is not a year such as 2019");
        return Optional.empty();
    }

    private List<Claim> claims(List<ClaimYaml> written) {
        List<Claim> claims = new ArrayList<>();
        Map<String, LocatedText> seen = new HashMap<>();
        for (ClaimYaml yaml : written) {
            if (yaml == null || yaml.id() == null || yaml.check() == null) {
                continue;
            }
            String id = yaml.id().value().strip();
            LocatedText first = seen.putIfAbsent(id, yaml.id());
            if (id.isEmpty()) {
                problems.at(yaml.id(), "a claim's 'id' is empty");
            } else if (first != null) {
                problems.at(yaml.id(), "claim id '" + id + "' is used twice (first on line " + first.line() + ")");
            } else if (yaml.check().isBlank()) {
                problems.at(yaml.check(), "claim '" + id + "' has an empty check");
            } else {
                String text = yaml.text() == null ? "" : yaml.text().value().strip();
                claims.add(new Claim(id, text, yaml.check().value().strip(), source(yaml)));
            }
        }
        return claims;
    }

    private static Optional<ClaimSource> source(ClaimYaml yaml) {
        if (yaml.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new ClaimSource(text(yaml.source().who()), text(yaml.source().where()),
                text(yaml.source().when())));
    }

    private static String text(LocatedText text) {
        return text == null ? "" : text.value().strip();
    }

    private int problemCount() {
        return problems.size();
    }
}
