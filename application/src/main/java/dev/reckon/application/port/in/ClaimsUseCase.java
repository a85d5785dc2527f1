package dev.reckon.application.port.in;

import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import java.util.List;
import java.util.Optional;

/**
 * The claims of the dossier being served: those of its dossier file, which are read only, and those
 * kept in its store. Ids are unique across both.
 */
public interface ClaimsUseCase {

    /** The dossier file's claims in its order, then the stored ones by id. */
    List<Claim> list();

    /** The claim with {@code id} and its current verdict. */
    Optional<ClaimResult> get(String id);

    /** Keeps a new claim. @throws ClaimConflictException when its id is taken */
    void create(Claim claim) throws ClaimConflictException;

    /**
     * Keeps {@code claim} in place of the stored one with its id, or as a new one.
     *
     * @return true when it replaced one
     * @throws ClaimConflictException when the dossier file holds a claim with its id
     */
    boolean replace(Claim claim) throws ClaimConflictException;

    /**
     * Forgets a stored claim.
     *
     * @return false when there is none with {@code id}
     * @throws ClaimConflictException when the claim belongs to the dossier file
     */
    boolean delete(String id) throws ClaimConflictException;
}
