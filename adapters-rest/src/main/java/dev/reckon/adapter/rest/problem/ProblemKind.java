package dev.reckon.adapter.rest.problem;

import java.util.List;
import java.util.Objects;

/** The kinds of problem the API reports, each with its status, type URI and title. */
public enum ProblemKind {
    MALFORMED_JSON(400, "malformed-json", "The body is not valid JSON"),
    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    INVALID_OBSERVATIONS(400, "invalid-observations", "Some observations are not valid"),
    INVALID_POSTS(400, "invalid-posts", "Some posts are not valid"),
    UNRECOGNISED_EXPORT(400, "unrecognised-export", "The file's format is not one Reckon reads"),
    INVALID_SERIES(400, "invalid-series", "A series cannot be read"),
    UNAUTHORISED(401, "unauthorised", "A bearer token is needed"),
    FORBIDDEN(403, "forbidden", "The bearer token is wrong"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    CONFLICT(409, "conflict", "The request conflicts with what is there"),
    BODY_TIMEOUT(408, "body-timeout", "The body did not arrive in time"),
    TOO_LARGE(413, "too-large", "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The body's media type is not one this endpoint takes"),
    URI_TOO_LONG(414, "uri-too-long", "The URI is too long"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The headers are too large"),
    STORE_UNAVAILABLE(503, "store-unavailable", "The store cannot do this now"),
    TIMEOUT(503, "timeout", "The request took too long"),
    IMPORTING(503, "importing", "The dossier's data is still being imported"),
    IMPORT_FAILED(503, "import-failed", "The dossier's data could not be imported"),
    INTERNAL(500, "internal-error", "Something went wrong inside Reckon");

    private static final String BASE = "https://reckon.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail, String instance) {
        return problem(detail, instance, List.of());
    }

    public Problem problem(String detail, String instance, List<FieldProblem> errors) {
        return problem(detail, instance, errors, 0);
    }

    Problem problem(String detail, String instance, List<FieldProblem> errors, long errorsNotShown) {
        return new Problem(BASE + slug, title, status, Objects.requireNonNull(detail, "detail is null"), instance, errors,
                errorsNotShown == 0 ? null : errorsNotShown);
    }

    /** An exception that ends the request with this problem. */
    public ProblemException raise(String detail) {
        return new ProblemException(this, detail, List.of());
    }

    public ProblemException raise(String detail, List<FieldProblem> errors) {
        return new ProblemException(this, detail, errors);
    }
}
