package dev.reckon.application.port.in;

/**
 * Checks every claim of an open dossier, those of its file and those its store keeps, against its
 * data: {@code reckon check} for one run, {@code GET /report} for as long as the dossier is served.
 */
public interface CheckDossierUseCase {

    /**
     * Evaluates every claim: the dossier file's in their order, then the stored ones by id. Bad rows
     * and bad claims do not stop the check: they show in the import reports and as {@code invalid} results.
     */
    DossierCheck check();
}
