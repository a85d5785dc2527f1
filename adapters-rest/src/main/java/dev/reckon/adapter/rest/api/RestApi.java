package dev.reckon.adapter.rest.api;

import dev.reckon.adapter.rest.claim.ClaimRoutes;
import dev.reckon.adapter.rest.comparison.ComparisonRoutes;
import dev.reckon.adapter.rest.dossier.DossierRoutes;
import dev.reckon.adapter.rest.evaluation.EvaluationRoutes;
import dev.reckon.adapter.rest.observation.ObservationRoutes;
import dev.reckon.adapter.rest.openapi.OpenApiRoutes;
import dev.reckon.adapter.rest.page.PageRoutes;
import dev.reckon.adapter.rest.post.PostRoutes;
import dev.reckon.adapter.rest.report.ReportRoutes;
import dev.reckon.adapter.rest.scan.ScanRoutes;
import dev.reckon.adapter.rest.server.DataReadiness;
import dev.reckon.adapter.rest.server.QueryParameterCheck;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.adapter.rest.server.RouteGroup;
import jakarta.inject.Inject;
import java.util.List;

/** Every route group of the API, ready to be served. */
public final class RestApi {

    private final List<RouteGroup> groups;

    @Inject
    public RestApi(DossierRoutes dossier, ObservationRoutes observations, EvaluationRoutes evaluations,
                   ComparisonRoutes comparisons, ClaimRoutes claims, ReportRoutes report, ScanRoutes scans,
                   PageRoutes page, PostRoutes posts) {
        this.groups = List.of(dossier, observations, posts, evaluations, comparisons, claims, report, scans,
                new OpenApiRoutes(), page);
    }

    public RestServer start(RestSettings settings) {
        return start(settings, DataReadiness.ready());
    }

    /** Starts answering at once, serving the dossier's data once {@code readiness} says it is imported. */
    public RestServer start(RestSettings settings, DataReadiness readiness) {
        return RestServer.start(settings, groups, new QueryParameterCheck(OpenApiRoutes.documentedQueryParameters()),
                readiness);
    }
}
