package dev.reckon.adapter.rest.scan;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.report.ScanReportView;
import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.ScanTextUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code POST /scans}: a text in, its figures and the relations it implies out, as
 * {@code reckon scan --format json} writes them. It changes nothing, so it needs no token.
 */
public final class ScanRoutes implements RouteGroup {

    public static final String PATH = PREFIX + "/scans";

    private final ScanTextUseCase scans;
    private final JsonBodies json = new JsonBodies();

    @Inject
    public ScanRoutes(ScanTextUseCase scans) {
        this.scans = Objects.requireNonNull(scans, "scans is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.post(PATH, ctx -> {
            byte[] content = text(ctx, bodies.read(ctx));
            Responses.json(ctx, 200, ScanReportView.of(scans.scan(new ScanTextCommand(content))));
        });
    }

    /** A JSON body is {@code {"text": "..."}}; any other body is the text itself, as a file would be. */
    private byte[] text(Context ctx, byte[] body) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return json.readValid(body, ScanRequest.class).text().getBytes(StandardCharsets.UTF_8);
        }
        return body;
    }

    /** @param text the text to scan: plain, Markdown or HTML */
    record ScanRequest(@NotNull(message = "must be the text to scan") String text) {
    }
}
