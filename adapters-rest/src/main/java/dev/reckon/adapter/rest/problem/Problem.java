package dev.reckon.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param errors   each thing wrong, when there are several or they have a place
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(detail, "detail is null");
        Objects.requireNonNull(instance, "instance is null");
        errors = List.copyOf(errors);
    }
}
