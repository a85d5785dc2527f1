package dev.reckon.domain.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim to check.
 *
 * @param id     unique within its dossier
 * @param text   the words quoted from the report
 * @param check  the check in the claim language
 * @param source who said it, where and when
 */
public record Claim(String id, String text, String check, Optional<ClaimSource> source) {

    public Claim {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(check, "check is null");
        Objects.requireNonNull(source, "source is null");
    }

    public static Claim of(String id, String check) {
        return new Claim(id, "", check, Optional.empty());
    }
}
