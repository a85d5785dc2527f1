package dev.reckon.application.port.in;

/** Every claim of the dossier being served (its file's and its store's), checked against its stored data. */
public interface ReportUseCase {

    DossierCheck report();
}
