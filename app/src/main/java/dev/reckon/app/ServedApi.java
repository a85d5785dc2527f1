package dev.reckon.app;

import dev.reckon.adapter.file.report.ServedPageRenderer;
import dev.reckon.adapter.prose.ProseScanner;
import dev.reckon.adapter.rest.api.RestApi;
import dev.reckon.adapter.rest.claim.ClaimRoutes;
import dev.reckon.adapter.rest.comparison.ComparisonRoutes;
import dev.reckon.adapter.rest.dossier.DossierRoutes;
import dev.reckon.adapter.rest.evaluation.EvaluationRoutes;
import dev.reckon.adapter.rest.observation.ObservationRoutes;
import dev.reckon.adapter.rest.page.PageRoutes;
import dev.reckon.adapter.rest.post.PostRoutes;
import dev.reckon.adapter.rest.report.ReportRoutes;
import dev.reckon.adapter.rest.scan.ScanRoutes;
import dev.reckon.adapter.rest.server.DataReadiness;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.service.CheckDossierService;
import dev.reckon.application.service.CompareNamedSeriesService;
import dev.reckon.application.service.CompareSeriesService;
import dev.reckon.application.service.EvaluateCheckService;
import dev.reckon.application.service.ImportFileService;
import dev.reckon.application.service.ListObservationsService;
import dev.reckon.application.service.ServedClaimsService;
import dev.reckon.application.service.ServedDataService;
import dev.reckon.application.service.ServedScanService;

/**
 * The HTTP API over one dossier: its use cases over the dossier's own stores, wired by hand once the
 * dossier is read, so nothing the command line builds for other commands can reach it.
 */
final class ServedApi {

    private ServedApi() {
    }

    static RestApi over(Dossier dossier, ObservationStore store, ClaimStore claims, ExportImporter importer,
                        DataReadiness readiness) {
        ImportFileUseCase imports = new ImportFileService(dossier, importer, store);
        // One for both the report and the page, so they share what it keeps of the store's version.
        CheckDossierService reports = new CheckDossierService(dossier, store, claims);
        // One for every request: it serialises changes to claims.
        ServedClaimsService servedClaims = new ServedClaimsService(dossier, store, claims);
        ServedPageRenderer page = new ServedPageRenderer();
        return new RestApi(
                new DossierRoutes(dossier, readiness),
                new ObservationRoutes(imports, new ListObservationsService(store), dossier),
                new EvaluationRoutes(new EvaluateCheckService(dossier, store)),
                new ComparisonRoutes(new CompareNamedSeriesService(dossier, store, new CompareSeriesService(store, dossier))),
                new ClaimRoutes(servedClaims),
                new ReportRoutes(reports),
                // A scan on a server binds its figures to the dossier it serves (docs/scan.md).
                new ScanRoutes(new ServedScanService(new ProseScanner(), dossier, store)),
                new PageRoutes(reports, page::html),
                new PostRoutes(new ServedDataService(dossier, store), imports));
    }
}
