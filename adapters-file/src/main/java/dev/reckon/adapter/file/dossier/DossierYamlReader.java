package dev.reckon.adapter.file.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads {@code dossier.yaml} into {@link DossierYaml}, strictly: an unknown or repeated key is a
 * problem, never ignored. Unknown keys are all collected in one pass; any other syntax or shape
 * error stops the reading with its line and column.
 *
 * <p>The YAML parser's tokens are mapped onto the parts' fields by hand (a part's keys are its
 * fields' names), not by a data-binding library: building one's deserializers for a dossier cost
 * a check more than the rest of reading it.
 */
final class DossierYamlReader {

    private final YAMLFactory factory = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // 'labour:' with nothing after it is an empty entry; 'on'/'no' are text, not booleans
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    /** The dossier as written, or empty when nothing could be read; problems go to {@code problems}. */
    Optional<DossierYaml> read(Reader yaml, Problems problems) throws IOException {
        KeyTrackingParser parser = new KeyTrackingParser(factory.createParser(yaml));
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return Optional.of(new DossierYaml());
            }
            return Optional.of((DossierYaml) new Binding(parser, problems).value(DossierYaml.class, ""));
        } catch (WrongShape e) {
            problems.add(e.at.getLineNr(), e.at.getColumnNr(),
                    (e.path.isEmpty() ? "the dossier" : "'" + e.path + "'") + " " + expectedShape(e.target));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            report(e, parser, problems);
            return Optional.empty();
        }
    }

    private static void report(JsonProcessingException e, KeyTrackingParser parser, Problems problems) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            reportSyntax(yaml, problems);
            return;
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        String original = firstLine(e.getOriginalMessage());
        String message;
        if (e instanceof AliasRefused) {
            message = original;
            at = parser.currentTokenLocation();
        } else if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), original.indexOf('\'', "Duplicate field '".length()));
            message = "the key '" + key + "' is written twice here";
            at = parser.currentTokenLocation();
        } else {
            message = "this is not valid YAML: " + original;
        }
        problems.add(at.getLineNr(), at.getColumnNr(), message);
    }

    private static void reportSyntax(MarkedYAMLException yaml, Problems problems) {
        Mark mark = yaml.getContextMark() != null ? yaml.getContextMark() : yaml.getProblemMark();
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem().strip();
        String context = yaml.getContext() == null ? "" : " " + yaml.getContext().strip();
        problems.add(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                "this is not valid YAML: " + problem + context);
    }

    private static String expectedShape(Class<?> target) {
        if (target == null) {
            return "has the wrong shape";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "must be a list (lines starting with '- ')";
        }
        if (target == LocatedText.class || target == String.class) {
            return "must be a single value, not a list or a mapping";
        }
        return "must be a mapping (lines of 'key: value')";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** The keys a part of the dossier may have, in the order they are declared. */
    static String expectedKeys(Class<?> type) {
        return keys(type).map(Field::getName).collect(Collectors.joining(", "));
    }

    /** A part's keys: its own fields, not those it inherits from {@link Located}, which say where it stands. */
    private static Stream<Field> keys(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic());
    }

    /**
     * Maps the parser's tokens onto a part's fields, as a data-binding library would with fields
     * visible and unknown properties failing: a mapping becomes a part or a {@link Map}, a sequence
     * a {@link List}, a scalar a {@link LocatedText}, and {@code null} (or nothing) null.
     */
    private static final class Binding {

        private final KeyTrackingParser parser;
        private final Problems problems;

        Binding(KeyTrackingParser parser, Problems problems) {
            this.parser = parser;
            this.problems = problems;
        }

        /** The value at the parser's current token, read up to its last token. */
        Object value(Type type, String path) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
            if (raw == LocatedText.class) {
                if (!token.isScalarValue()) {
                    throw new WrongShape(raw, path, parser.currentTokenLocation());
                }
                JsonLocation at = parser.currentTokenLocation();
                return new LocatedText(parser.getValueAsString(""), at.getLineNr(), at.getColumnNr());
            }
            if (raw == List.class) {
                return list(((ParameterizedType) type).getActualTypeArguments()[0], path);
            }
            if (raw == Map.class) {
                return map(((ParameterizedType) type).getActualTypeArguments()[1], path);
            }
            return part(raw, path);
        }

        private List<Object> list(Type element, String path) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new WrongShape(List.class, path, parser.currentTokenLocation());
            }
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(element, path + "[" + (list.size() + 1) + "]"));
            }
            return list;
        }

        private Map<String, Object> map(Type valueType, String path) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new WrongShape(Map.class, path, parser.currentTokenLocation());
            }
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, value(valueType, join(path, key)));
            }
            return map;
        }

        private Located part(Class<?> type, String path) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new WrongShape(type, path, parser.currentTokenLocation());
            }
            Located part = newPart(type);
            part.locate(parser.currentTokenLocation());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.lastKeyLocation();
                Optional<Field> field = keys(type).filter(f -> f.getName().equals(key)).findFirst();
                parser.nextToken();
                if (field.isEmpty()) {
                    problems.add(keyAt.getLineNr(), keyAt.getColumnNr(),
                            "unknown key '" + key + "' (expected " + expectedKeys(type) + ")");
                    parser.skipChildren();
                } else {
                    set(field.get(), part, value(field.get().getGenericType(), join(path, key)));
                }
            }
            return part;
        }

        private static Located newPart(Class<?> type) {
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return (Located) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a part of the dossier cannot be built: " + type.getName(), e);
            }
        }

        private static void set(Field field, Located part, Object value) {
            try {
                field.setAccessible(true);
                field.set(part, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("a part of the dossier cannot be filled: " + field, e);
            }
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    /** A value of another shape than its place takes, such as a list where a mapping belongs: it stops the reading. */
    private static final class WrongShape extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Class<?> target;
        private final String path;
        private final transient JsonLocation at;

        WrongShape(Class<?> target, String path, JsonLocation at) {
            super("'" + path + "' has the wrong shape");
            this.target = target;
            this.path = path;
            this.at = at;
        }
    }

    /** Remembers where the last key was written: YAML values of a key may start on a later line. */
    private static final class KeyTrackingParser extends JsonParserDelegate {

        private JsonLocation lastKey = JsonLocation.NA;

        KeyTrackingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == JsonToken.FIELD_NAME) {
                lastKey = currentTokenLocation();
            } else if (delegate() instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new AliasRefused(this, yaml.getText());
            }
            return token;
        }

        JsonLocation lastKeyLocation() {
            return lastKey;
        }
    }

    /**
     * An alias ({@code *name}) in the dossier. The YAML reader underneath hands an alias on as the
     * text of its name, defined or not, so {@code title: *nope} would be the title "nope"; a dossier
     * is short enough to write each value out, so aliases are refused where they stand.
     */
    private static final class AliasRefused extends JsonParseException {

        private static final long serialVersionUID = 1L;

        AliasRefused(JsonParser parser, String name) {
            super(parser, "'*" + name + "' is a YAML alias; a dossier does not use anchors and aliases: write the"
                    + " value out here");
        }
    }
}
