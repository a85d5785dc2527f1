package dev.reckon.domain.observation;

import java.util.Objects;
import java.util.regex.Pattern;

/** An account or entity observations are about, by the short id a dossier gives it ({@code labour}). */
public record Subject(String id) implements Comparable<Subject> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    public Subject {
        Objects.requireNonNull(id, "id is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("subject id '" + id
                    + "' must start with a letter or digit and hold only letters, digits, '_', '.' and '-'");
        }
    }

    public static Subject of(String id) {
        return new Subject(id);
    }

    @Override
    public int compareTo(Subject other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
