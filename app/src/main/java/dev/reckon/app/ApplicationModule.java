package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.CompareInDossierUseCase;
import dev.reckon.application.port.in.ImportFilesUseCase;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.ScanWithDossierUseCase;
import dev.reckon.application.service.CheckDossierService;
import dev.reckon.application.service.CompareInDossierService;
import dev.reckon.application.service.ImportFilesService;
import dev.reckon.application.service.ScanTextService;
import dev.reckon.application.service.ScanWithDossierService;

/** The use cases; where they keep imported data is the store adapter's module's choice. */
public final class ApplicationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CheckDossierUseCase.class).to(CheckDossierService.class);
        bind(CompareInDossierUseCase.class).to(CompareInDossierService.class);
        bind(ImportFilesUseCase.class).to(ImportFilesService.class);
        bind(ScanTextUseCase.class).to(ScanTextService.class);
        bind(ScanWithDossierUseCase.class).to(ScanWithDossierService.class);
    }
}
