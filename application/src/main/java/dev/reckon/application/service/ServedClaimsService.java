package dev.reckon.application.service;

import dev.reckon.application.port.in.ClaimConflictException;
import dev.reckon.application.port.in.ClaimsUseCase;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The claims of a served dossier: its file's, read only, and those kept in its {@link ClaimStore}.
 * Changes are serialised, so two requests cannot both add a claim with one id.
 */
public final class ServedClaimsService implements ClaimsUseCase {

    private final Dossier dossier;
    private final Map<String, Claim> fileClaims;
    private final ClaimStore claims;
    private final StoreClaimChecking checking;
    private final Object changes = new Object();

    @Inject
    public ServedClaimsService(Dossier dossier, ObservationStore store, ClaimStore claims) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.fileClaims = dossier.claims().stream().collect(Collectors.toUnmodifiableMap(Claim::id, Function.identity()));
        this.claims = Objects.requireNonNull(claims, "claims is null");
        this.checking = new StoreClaimChecking(dossier, store);
    }

    @Override
    public List<Claim> list() {
        return DossierClaims.of(dossier, claims.list());
    }

    @Override
    public Optional<ClaimResult> get(String id) {
        Objects.requireNonNull(id, "id is null");
        return Optional.ofNullable(fileClaims.get(id)).or(() -> claims.get(id)).map(checking::check);
    }

    @Override
    public void create(Claim claim) throws ClaimConflictException {
        Objects.requireNonNull(claim, "claim is null");
        synchronized (changes) {
            refuseFileClaim(claim.id());
            if (claims.get(claim.id()).isPresent()) {
                throw new ClaimConflictException("a claim with the id '" + claim.id()
                        + "' exists already: choose another id, or replace it with PUT");
            }
            claims.put(claim);
        }
    }

    @Override
    public boolean replace(Claim claim) throws ClaimConflictException {
        Objects.requireNonNull(claim, "claim is null");
        synchronized (changes) {
            refuseFileClaim(claim.id());
            boolean existed = claims.get(claim.id()).isPresent();
            claims.put(claim);
            return existed;
        }
    }

    @Override
    public boolean delete(String id) throws ClaimConflictException {
        Objects.requireNonNull(id, "id is null");
        synchronized (changes) {
            refuseFileClaim(id);
            return claims.delete(id);
        }
    }

    private void refuseFileClaim(String id) throws ClaimConflictException {
        if (fileClaims.containsKey(id)) {
            throw new ClaimConflictException("the claim '" + id
                    + "' is written in dossier.yaml: change it there, or use another id");
        }
    }
}
