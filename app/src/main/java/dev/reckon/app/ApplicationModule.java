package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.CompareInDossierUseCase;
import dev.reckon.application.port.in.ImportFilesUseCase;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.service.CheckDossierService;
import dev.reckon.application.service.CompareInDossierService;
import dev.reckon.application.service.ImportFilesService;
import dev.reckon.application.store.InMemoryObservationStore;

/** The use cases and the store they import into. */
public final class ApplicationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CheckDossierUseCase.class).to(CheckDossierService.class);
        bind(CompareInDossierUseCase.class).to(CompareInDossierService.class);
        bind(ImportFilesUseCase.class).to(ImportFilesService.class);
        // Not a singleton: each dossier a command reads is imported into a store of its own.
        bind(ObservationStore.class).to(InMemoryObservationStore.class);
    }
}
