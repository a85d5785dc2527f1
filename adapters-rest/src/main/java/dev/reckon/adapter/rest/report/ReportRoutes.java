package dev.reckon.adapter.rest.report;

import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.report.ReportView;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.util.Objects;

/** {@code GET /report}: every claim's verdict, in the contract of {@code reckon check --format json}. */
public final class ReportRoutes implements RouteGroup {

    private final CheckDossierUseCase reports;

    @Inject
    public ReportRoutes(CheckDossierUseCase reports) {
        this.reports = Objects.requireNonNull(reports, "reports is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.get(PREFIX + "/report", ctx -> Responses.json(ctx, 200, ReportView.of(reports.check())));
    }
}
