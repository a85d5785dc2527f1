package dev.reckon.adapter.rest.page;

import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.CheckDossierUseCase;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * {@code GET /}: the page people use, over the same API. Its policy lets it talk to this server only,
 * so nothing a dossier holds can make a browser fetch anything from elsewhere.
 */
public final class PageRoutes implements RouteGroup {

    /** Inline style and script (the page is one document), requests to this server only, nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final CheckDossierUseCase reports;
    private final HomePage page;

    @Inject
    public PageRoutes(CheckDossierUseCase reports, HomePage page) {
        this.reports = Objects.requireNonNull(reports, "reports is null");
        this.page = Objects.requireNonNull(page, "page is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.get("/", ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/html; charset=utf-8").result(page.html(reports.check()));
        });
    }
}
