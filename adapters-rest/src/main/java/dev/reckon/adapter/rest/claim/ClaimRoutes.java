package dev.reckon.adapter.rest.claim;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.ClaimConflictException;
import dev.reckon.application.port.in.ClaimsUseCase;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.report.ClaimReportView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code /claims}: the dossier's claims, and those added beside them, with their verdicts. */
public final class ClaimRoutes implements RouteGroup {

    private final ClaimsUseCase claims;
    private final JsonBodies json = new JsonBodies();

    @Inject
    public ClaimRoutes(ClaimsUseCase claims) {
        this.claims = Objects.requireNonNull(claims, "claims is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.get(PREFIX + "/claims", ctx -> Responses.json(ctx, 200,
                new ClaimList(claims.list().stream().map(ClaimDto::of).toList())));
        routes.post(PREFIX + "/claims", ctx -> {
            Claim claim = read(ctx, bodies);
            try {
                claims.create(claim);
            } catch (ClaimConflictException e) {
                throw ProblemKind.CONFLICT.raise(e.getMessage());
            }
            ctx.header("Location", PREFIX + "/claims/" + claim.id());
            Responses.json(ctx, 201, ClaimDto.of(claim));
        });
        routes.get(PREFIX + "/claims/{id}", ctx -> Responses.json(ctx, 200,
                claims.get(ctx.pathParam("id")).map(ClaimReportView::of).orElseThrow(() -> notFound(ctx))));
        routes.put(PREFIX + "/claims/{id}", ctx -> {
            Claim claim = read(ctx, bodies);
            if (!claim.id().equals(ctx.pathParam("id"))) {
                throw ProblemKind.INVALID_REQUEST.raise("the body's id '" + claim.id()
                        + "' is not the id in the path '" + ctx.pathParam("id") + "'");
            }
            try {
                boolean replaced = claims.replace(claim);
                Responses.json(ctx, replaced ? 200 : 201, ClaimDto.of(claim));
            } catch (ClaimConflictException e) {
                throw ProblemKind.CONFLICT.raise(e.getMessage());
            }
        });
        routes.delete(PREFIX + "/claims/{id}", ctx -> {
            try {
                if (!claims.delete(ctx.pathParam("id"))) {
                    throw notFound(ctx);
                }
            } catch (ClaimConflictException e) {
                throw ProblemKind.CONFLICT.raise(e.getMessage());
            }
            Responses.noContent(ctx);
        });
    }

    private Claim read(Context ctx, RequestBodies bodies) {
        return json.readValid(bodies.readJson(ctx), ClaimDto.class).claim();
    }

    private static RuntimeException notFound(Context ctx) {
        return ProblemKind.NOT_FOUND.raise("there is no claim '" + ctx.pathParam("id") + "'");
    }

    record ClaimList(List<ClaimDto> claims) {
    }

    /** A claim as clients write it: {@code source} may be left out, {@code text} may be empty. */
    record ClaimDto(
            @NotBlank(message = "must not be empty")
            @Size(max = 200, message = "must be at most 200 characters")
            // Letters and digits of any script, as dossier files allow: a claim named in Welsh or Greek is
            // still a path segment (percent-encoded) and an HTML anchor; spaces and slashes are not.
            @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.-]*",
                    message = "must start with a letter or digit and hold only letters, digits, '_', '.' and '-'")
            String id,
            @Size(max = 10_000, message = "must be at most 10000 characters") String text,
            @NotBlank(message = "must be a check such as 'video_views{labour, facebook, ge2019} > 1000'")
            @Size(max = 10_000, message = "must be at most 10000 characters") String check,
            @Valid SourceDto source) {

        static ClaimDto of(Claim claim) {
            return new ClaimDto(claim.id(), claim.text(), claim.check(), claim.source()
                    .map(s -> new SourceDto(s.who(), s.where(), s.when())).orElse(null));
        }

        Claim claim() {
            return new Claim(id, text == null ? "" : text, check, Optional.ofNullable(source).map(SourceDto::source));
        }
    }

    record SourceDto(@NotNull(message = "must be given (may be empty)") String who,
                     @NotNull(message = "must be given (may be empty)") String where,
                     @NotNull(message = "must be given (may be empty)") String when) {

        ClaimSource source() {
            return new ClaimSource(who, where, when);
        }
    }
}
