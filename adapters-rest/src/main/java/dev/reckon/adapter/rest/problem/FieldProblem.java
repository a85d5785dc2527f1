package dev.reckon.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One thing wrong with a request, where it is: an element's index in an array body, a field, or a
 * line and column in a body that is not valid JSON. Parts that do not apply are left out.
 *
 * @param index  0-based index of the element in an array body
 * @param field  the field, as a JSON path from the element ({@code value}, {@code source.who})
 * @param line   1-based line in the body
 * @param column 1-based column in the body
 * @param detail what is wrong, in words a user understands
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer index, String field, Long line, Long column, String detail) {

    public FieldProblem {
        Objects.requireNonNull(detail, "detail is null");
    }

    public static FieldProblem ofField(String field, String detail) {
        return new FieldProblem(null, field, null, null, detail);
    }

    public static FieldProblem ofElement(int index, String field, String detail) {
        return new FieldProblem(index, field.isEmpty() ? null : field, null, null, detail);
    }

    public static FieldProblem at(long line, long column, String detail) {
        return new FieldProblem(null, null, line, column, detail);
    }
}
