package dev.reckon.app;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.reckon.adapter.file.report.ServedPageRenderer;
import dev.reckon.adapter.prose.ProseScanner;
import dev.reckon.adapter.rest.page.HomePage;
import dev.reckon.adapter.rest.server.DataReadiness;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.ClaimsUseCase;
import dev.reckon.application.port.in.CompareNamedSeriesUseCase;
import dev.reckon.application.port.in.CompareSeriesUseCase;
import dev.reckon.application.port.in.EvaluateCheckUseCase;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ListObservationsUseCase;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.ServedDataUseCase;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.FigureScanner;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.service.CheckDossierService;
import dev.reckon.application.service.CompareNamedSeriesService;
import dev.reckon.application.service.CompareSeriesService;
import dev.reckon.application.service.EvaluateCheckService;
import dev.reckon.application.service.ImportFileService;
import dev.reckon.application.service.ListObservationsService;
import dev.reckon.application.service.ServedScanService;
import dev.reckon.application.service.ServedClaimsService;
import dev.reckon.application.service.ServedDataService;
import dev.reckon.domain.metric.MetricCatalogue;
import java.util.Objects;

/**
 * The HTTP API over one dossier: its use cases, over the dossier's own stores. The server's
 * injector is built from this module alone, once the dossier is read, so nothing the command line
 * binds for other commands (such as a fresh in-memory store per run) can reach it.
 */
public final class RestModule extends AbstractModule {

    private final Dossier dossier;
    private final ObservationStore store;
    private final ClaimStore claims;
    private final ExportImporter importer;
    private final DataReadiness readiness;

    /** The API over a dossier whose data is already in its store. */
    public RestModule(Dossier dossier, ObservationStore store, ClaimStore claims, ExportImporter importer) {
        this(dossier, store, claims, importer, DataReadiness.ready());
    }

    public RestModule(Dossier dossier, ObservationStore store, ClaimStore claims, ExportImporter importer,
                      DataReadiness readiness) {
        this.readiness = Objects.requireNonNull(readiness, "readiness is null");
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.store = Objects.requireNonNull(store, "store is null");
        this.claims = Objects.requireNonNull(claims, "claims is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
    }

    @Override
    protected void configure() {
        bind(Dossier.class).toInstance(dossier);
        bind(MetricCatalogue.class).toInstance(dossier.catalogue());
        bind(ObservationStore.class).toInstance(store);
        bind(ClaimStore.class).toInstance(claims);
        bind(ExportImporter.class).toInstance(importer);
        bind(DataReadiness.class).toInstance(readiness);

        bind(ImportFileUseCase.class).to(ImportFileService.class);
        bind(ListObservationsUseCase.class).to(ListObservationsService.class);
        bind(ServedDataUseCase.class).to(ServedDataService.class);
        bind(EvaluateCheckUseCase.class).to(EvaluateCheckService.class);
        bind(CompareSeriesUseCase.class).to(CompareSeriesService.class);
        bind(CompareNamedSeriesUseCase.class).to(CompareNamedSeriesService.class);
        // One instance for every request: it serialises changes to claims, so it must be shared.
        bind(ServedClaimsService.class).in(Singleton.class);
        bind(ClaimsUseCase.class).to(ServedClaimsService.class);
        // One instance for both the report and the page, so they share what it keeps of the store's version.
        bind(CheckDossierService.class).in(Singleton.class);
        bind(CheckDossierUseCase.class).to(CheckDossierService.class);
        bind(FigureScanner.class).to(ProseScanner.class);
        // A scan on a server binds its figures to the dossier it serves (docs/scan.md).
        bind(ScanTextUseCase.class).to(ServedScanService.class);
        ServedPageRenderer page = new ServedPageRenderer();
        bind(HomePage.class).toInstance(page::html);
    }
}
