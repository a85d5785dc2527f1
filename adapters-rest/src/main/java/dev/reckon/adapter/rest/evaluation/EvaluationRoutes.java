package dev.reckon.adapter.rest.evaluation;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.EvaluateCheckUseCase;
import dev.reckon.report.ClaimReportView;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** {@code POST /evaluations}: a check evaluated against the stored data, answered as a report's claim. */
public final class EvaluationRoutes implements RouteGroup {

    private final EvaluateCheckUseCase evaluations;
    private final JsonBodies json = new JsonBodies();

    @Inject
    public EvaluationRoutes(EvaluateCheckUseCase evaluations) {
        this.evaluations = Objects.requireNonNull(evaluations, "evaluations is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.post(PREFIX + "/evaluations", ctx -> {
            EvaluationRequest request = json.readValid(bodies.readJson(ctx), EvaluationRequest.class);
            Responses.json(ctx, 200, ClaimReportView.of(evaluations.evaluate(request.check())));
        });
    }

    /** @param check a check in the claim language */
    record EvaluationRequest(@NotBlank(message = "must be a check such as 'video_views{labour, facebook, ge2019} > 1000'")
                             @Size(max = 10_000, message = "must be at most 10000 characters") String check) {
    }
}
