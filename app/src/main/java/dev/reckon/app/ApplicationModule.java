package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.service.DossierSessions;
import dev.reckon.application.service.ScanTextService;
import dev.reckon.application.port.in.DossierDataUseCase;
import dev.reckon.application.service.DossierDataService;
import dev.reckon.application.port.in.ScanWithDossierUseCase;
import dev.reckon.application.service.ScanWithDossierService;

/**
 * The use cases: every command reaches them through the one way to open a dossier; where they keep
 * imported data is the store adapter's module's choice.
 */
public final class ApplicationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(OpenDossierUseCase.class).to(DossierSessions.class);
        bind(ScanTextUseCase.class).to(ScanTextService.class);
        bind(DossierDataUseCase.class).to(DossierDataService.class);
        bind(ScanWithDossierUseCase.class).to(ScanWithDossierService.class);
    }
}
