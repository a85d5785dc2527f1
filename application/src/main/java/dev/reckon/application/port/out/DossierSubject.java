package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subject of a dossier.
 *
 * @param id       the short id checks use ({@code jc})
 * @param name     the name people know it by ({@code Jeremy Corbyn}); the id when none is given
 * @param accounts its account on each platform, as exports name it
 * @param aliases  other names a text may call it by ({@code Corbyn}, {@code the leader})
 */
public record DossierSubject(Subject id, String name, Map<Platform, String> accounts, List<String> aliases) {

    public DossierSubject {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        accounts = Map.copyOf(accounts);
        aliases = List.copyOf(aliases);
    }

    /** A subject known by its name only. */
    public DossierSubject(Subject id, String name, Map<Platform, String> accounts) {
        this(id, name, accounts, List.of());
    }
}
