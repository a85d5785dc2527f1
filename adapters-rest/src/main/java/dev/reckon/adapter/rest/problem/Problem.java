package dev.reckon.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * Its words are written for the client; no exception or class name ever goes in.
 *
 * @param type     a URI naming the kind of problem
 * @param title    the kind of problem in a few words, the same for every occurrence
 * @param status   the HTTP status
 * @param detail   this occurrence, explained
 * @param instance the request path
 * @param errors   each thing wrong, when there are several or they have a place; at most
 *                 {@link #MAX_ERRORS_LISTED}
 * @param errorsNotShown how many more errors were found than {@code errors} lists; null for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errorsNotShown", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldProblem> errors, Long errorsNotShown) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * The most errors one answer lists. A body of 200,000 bad elements would otherwise be answered
     * with a hundred times its size; past this many, the rest are only counted.
     */
    public static final int MAX_ERRORS_LISTED = 100;

    public Problem {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(detail, "detail is null");
        Objects.requireNonNull(instance, "instance is null");
        long hidden = (errorsNotShown == null ? 0 : errorsNotShown) + Math.max(0, errors.size() - MAX_ERRORS_LISTED);
        errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS_LISTED)));
        errorsNotShown = hidden == 0 ? null : hidden;
    }

    /** A problem listing {@code errors}, or the first {@link #MAX_ERRORS_LISTED} of them and the count of the rest. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {
        this(type, title, status, detail, instance, errors, null);
    }
}
