package dev.reckon.adapter.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.adapter.rest.problem.FieldProblem;
import dev.reckon.adapter.rest.problem.ProblemKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads request bodies into DTOs and writes responses, with one mapper for the whole API. A body
 * that is not JSON, or does not fit the DTO, or breaks a DTO's constraints, becomes a 400 problem
 * naming every error found with where it is; nothing of Jackson's or the validator's wording about
 * Java types reaches the client.
 */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * Built when the first body is validated, not when the server starts: the validator's start-up
     * would otherwise delay the server's first answer ({@code GET /health}) by a good part of a second.
     */
    private static final class Validating {

        private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The body as {@code type}, or a 400 problem. */
    public <T> T read(byte[] body, Class<T> type) {
        return read(body, MAPPER.getTypeFactory().constructType(type));
    }

    /** The body as {@code type} with its constraints checked, or a 400 problem naming every error. */
    public <T> T readValid(byte[] body, Class<T> type) {
        T value = read(body, type);
        validate(value);
        return value;
    }

    public <T> T read(byte[] body, TypeReference<T> type) {
        return read(body, MAPPER.getTypeFactory().constructType(type));
    }

    private <T> T read(byte[] body, com.fasterxml.jackson.databind.JavaType type) {
        if (body.length == 0) {
            throw ProblemKind.MALFORMED_JSON.raise("the body is empty; it must be JSON");
        }
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw ProblemKind.MALFORMED_JSON.raise("the body is not valid JSON",
                    List.of(FieldProblem.at(at.getLineNr(), at.getColumnNr(), parserWords(e.getOriginalMessage()))));
        } catch (JsonMappingException e) {
            throw ProblemKind.INVALID_REQUEST.raise("the body does not have the expected shape",
                    List.of(mappingProblem(e)));
        } catch (JsonProcessingException e) {
            throw ProblemKind.MALFORMED_JSON.raise("the body is not valid JSON");
        } catch (CharConversionException e) {
            // Jackson takes a body that starts with zero bytes for UTF-32, whose characters it then cannot decode.
            throw ProblemKind.MALFORMED_JSON.raise("the body is not JSON text in UTF-8, UTF-16 or UTF-32");
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        if (value == null) {
            // The JSON literal null is valid JSON, but no endpoint takes it for its body.
            throw ProblemKind.INVALID_REQUEST.raise("the body is null; it must be " + expected(type.getRawClass()));
        }
        return value;
    }

    /** Checks {@code dto}'s constraints; the problems name its fields, with {@code index} when it is an array element. */
    public List<FieldProblem> violations(Object dto, Integer index) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : Validating.VALIDATOR.validate(dto)) {
            problems.add(new FieldProblem(index, violation.getPropertyPath().toString(), null, null,
                    violation.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    /** Checks {@code dto}, or ends the request with a 400 problem listing every violation. */
    private void validate(Object dto) {
        List<FieldProblem> problems = violations(dto, null);
        if (!problems.isEmpty()) {
            throw ProblemKind.INVALID_REQUEST.raise("the request has " + problems.size()
                    + (problems.size() == 1 ? " error" : " errors"), problems);
        }
    }

    public byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response DTO could not be written as JSON", e);
        }
    }

    private static FieldProblem mappingProblem(JsonMappingException e) {
        Integer index = null;
        StringJoiner field = new StringJoiner(".");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.add(ref.getFieldName());
            } else if (index == null && field.length() == 0 && ref.getIndex() >= 0) {
                index = ref.getIndex();
            } else if (ref.getIndex() >= 0) {
                field.add(String.valueOf(ref.getIndex()));
            }
        }
        String name = field.toString();
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'; the fields are "
                    + unknown.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException invalid) {
            detail = "'" + invalid.getValue() + "' is not a valid " + simple(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched) {
            detail = name.isEmpty() && index == null ? "expected " + expected(mismatched.getTargetType())
                    : "expected " + expected(mismatched.getTargetType()) + " here";
        } else {
            detail = "this value cannot be read";
        }
        JsonLocation at = e.getLocation();
        Long line = at == null || at.getLineNr() < 0 ? null : (long) at.getLineNr();
        Long column = at == null || at.getColumnNr() < 0 ? null : (long) at.getColumnNr();
        return new FieldProblem(index, name.isEmpty() ? null : name, line, column, detail);
    }

    /** The parser's own words without the location it appends, which names its Java input type. */
    static String parserWords(String message) {
        return message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*at \\[Source:.*$", "").replaceAll("\\s*\\[Source:.*$", "").strip();
    }

    /** Names a DTO type in JSON's words, never a Java class name. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String simple(Class<?> type) {
        return expected(type).replaceFirst("^an? ", "");
    }

}
