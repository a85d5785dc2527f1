package dev.reckon.application.service;

import dev.reckon.application.port.out.Dossier;
import dev.reckon.domain.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every claim of a dossier in the one order a check and the HTTP API's report both give: the
 * dossier file's, as written, then those kept in its store, by id. A kept claim with the id of one
 * in the file is left out: the file's claim is the one with that id.
 */
final class DossierClaims {

    private DossierClaims() {
    }

    static List<Claim> of(Dossier dossier, List<Claim> kept) {
        Objects.requireNonNull(dossier, "dossier is null");
        Objects.requireNonNull(kept, "kept is null");
        Set<String> fileIds = dossier.claims().stream().map(Claim::id).collect(Collectors.toSet());
        List<Claim> all = new ArrayList<>(dossier.claims());
        kept.stream().filter(c -> !fileIds.contains(c.id())).sorted(Comparator.comparing(Claim::id)).forEach(all::add);
        return List.copyOf(all);
    }
}
