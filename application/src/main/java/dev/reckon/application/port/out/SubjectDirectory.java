package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The subjects a dossier knows and the platform accounts that stand for them, so that a file
 * naming {@code @JeremyCorbyn} on Twitter is read as subject {@code jc}.
 */
public final class SubjectDirectory {

    private final Map<Subject, Map<Platform, String>> accounts;
    private final Map<String, Subject> byId;
    private final Map<Platform, Map<String, Subject>> byAccount;

    private SubjectDirectory(Map<Subject, Map<Platform, String>> accounts) {
        Map<Subject, Map<Platform, String>> copy = new LinkedHashMap<>();
        Map<String, Subject> ids = new HashMap<>();
        Map<Platform, Map<String, Subject>> handles = new HashMap<>();
        accounts.forEach((subject, byPlatform) -> {
            copy.put(subject, Map.copyOf(byPlatform));
            ids.put(subject.id(), subject);
            byPlatform.forEach((platform, account) -> {
                Subject previous = handles.computeIfAbsent(platform, p -> new HashMap<>())
                        .putIfAbsent(normalise(account), subject);
                if (previous != null && !previous.equals(subject)) {
                    throw new IllegalArgumentException("the " + platform + " account '" + account
                            + "' is given to both '" + previous + "' and '" + subject + "'");
                }
            });
        });
        this.accounts = Collections.unmodifiableMap(copy);
        this.byId = ids;
        this.byAccount = handles;
    }

    /** Subjects, in the order given, each with its account on each platform. */
    public static SubjectDirectory of(Map<Subject, Map<Platform, String>> accounts) {
        return new SubjectDirectory(accounts);
    }

    public static SubjectDirectory empty() {
        return new SubjectDirectory(Map.of());
    }

    /**
     * The subject {@code name} stands for on {@code platform}: a subject id exactly, or else an
     * account on that platform, compared without case and without a leading '@'.
     */
    public Optional<Subject> resolve(String name, Platform platform) {
        Subject byExactId = byId.get(name);
        if (byExactId != null) {
            return Optional.of(byExactId);
        }
        return Optional.ofNullable(byAccount.getOrDefault(platform, Map.of()).get(normalise(name)));
    }

    public Map<Subject, Map<Platform, String>> accounts() {
        return accounts;
    }

    /** {@code jc, labour} or {@code (none)}: for messages about an unknown subject. */
    public String knownIds() {
        return accounts.isEmpty() ? "(none)"
                : accounts.keySet().stream().map(Subject::id).collect(Collectors.joining(", "));
    }

    private static String normalise(String account) {
        String trimmed = account.trim();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectDirectory other && accounts.equals(other.accounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accounts);
    }

    @Override
    public String toString() {
        return accounts.toString();
    }
}
