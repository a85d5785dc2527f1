package dev.reckon.adapter.file.dossier;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code dossier.yaml} into {@link DossierYaml}, strictly: an unknown or repeated key is a
 * problem, never ignored. Unknown keys are all collected in one pass; any other syntax or shape
 * error stops the reading with its line and column.
 */
final class DossierYamlReader {

    private final ObjectMapper mapper;

    DossierYamlReader() {
        YAMLFactory factory = YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // 'labour:' with nothing after it is an empty entry; 'on'/'no' are text, not booleans
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
        SimpleModule locating = new SimpleModule("reckon-dossier-locations");
        locating.setDeserializerModifier(new LocatingModifier());
        mapper = new ObjectMapper(factory)
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .registerModule(locating);
    }

    /** The dossier as written, or empty when nothing could be read; problems go to {@code problems}. */
    Optional<DossierYaml> read(Reader yaml, Problems problems) throws IOException {
        KeyTrackingParser parser = new KeyTrackingParser(mapper.getFactory().createParser(yaml));
        try (parser) {
            if (parser.nextToken() == null) {
                return Optional.of(new DossierYaml());
            }
            DossierYaml dossier = mapper.reader()
                    .withHandler(new UnknownKeys(problems))
                    .readValue(parser, DossierYaml.class);
            return Optional.of(dossier == null ? new DossierYaml() : dossier);
        } catch (JsonProcessingException e) {
            report(e, parser, problems);
            return Optional.empty();
        }
    }

    private static void report(JsonProcessingException thrown, KeyTrackingParser parser, Problems problems) {
        JsonProcessingException e = thrown;
        // Syntax errors met while mapping a value come wrapped in a mapping error.
        while (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause) {
            e = cause;
        }
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
        } else if (e instanceof MismatchedInputException mismatch) {
            String path = path(mismatch);
            message = (path.isEmpty() ? "the dossier" : "'" + path + "'") + " " + expectedShape(mismatch.getTargetType());
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message = "'" + path(mapping) + "': " + original;
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

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return path.toString();
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
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(JsonIgnore.class)
                        && !f.isSynthetic())
                .map(Field::getName)
                .collect(Collectors.joining(", "));
    }

    /** Records every unknown key with where it was written, skips its value and goes on. */
    private static final class UnknownKeys extends DeserializationProblemHandler {

        private final Problems problems;

        UnknownKeys(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            JsonLocation at = p instanceof KeyTrackingParser keys ? keys.lastKeyLocation() : p.currentTokenLocation();
            problems.add(at.getLineNr(), at.getColumnNr(),
                    "unknown key '" + propertyName + "' (expected " + expectedKeys(type) + ")");
            p.skipChildren();
            return true;
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

    /** Gives every {@link Located} part the place its YAML starts. */
    private static final class LocatingModifier extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return Located.class.isAssignableFrom(description.getBeanClass())
                    ? new LocatingDeserializer(deserializer) : deserializer;
        }
    }

    private static final class LocatingDeserializer extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        LocatingDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new LocatingDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            Object value = super.deserialize(p, ctxt);
            if (value instanceof Located located) {
                located.locate(at);
            }
            return value;
        }
    }
}
