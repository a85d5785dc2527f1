package dev.reckon.application.port.in;

import dev.reckon.domain.claim.ClaimResult;

/** Evaluates a check written in the claim language against the dossier's stored data, without keeping it. */
public interface EvaluateCheckUseCase {

    /** Never fails for a bad check: a check that cannot be evaluated is an {@code invalid} result saying why. */
    ClaimResult evaluate(String check);
}
