package dev.reckon.application.service;

import dev.reckon.application.port.in.EvaluateCheckUseCase;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import jakarta.inject.Inject;
import java.util.Objects;

/** Evaluates a check once, as an unsaved claim with the id {@value #ID}. */
public final class EvaluateCheckService implements EvaluateCheckUseCase {

    static final String ID = "evaluation";

    private final StoreClaimChecking checking;

    @Inject
    public EvaluateCheckService(Dossier dossier, ObservationStore store) {
        this.checking = new StoreClaimChecking(dossier, store);
    }

    @Override
    public ClaimResult evaluate(String check) {
        Objects.requireNonNull(check, "check is null");
        return checking.checker().check(Claim.of(ID, check));
    }
}
