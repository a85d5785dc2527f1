package dev.reckon.adapter.file.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;

/** A single YAML value (text, number, date) as written, with the line and column it starts at. */
@JsonDeserialize(using = LocatedText.Reader.class)
final class LocatedText {

    private final String value;
    private final int line;
    private final int column;

    LocatedText(String value, int line, int column) {
        this.value = Objects.requireNonNull(value, "value is null");
        this.line = line;
        this.column = column;
    }

    String value() {
        return value;
    }

    boolean isBlank() {
        return value.isBlank();
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Reads a scalar; a list or mapping where a single value belongs is a mapping error at its place. */
    static final class Reader extends StdDeserializer<LocatedText> {

        private static final long serialVersionUID = 1L;

        Reader() {
            super(LocatedText.class);
        }

        @Override
        public LocatedText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            if (!p.currentToken().isScalarValue()) {
                return (LocatedText) ctxt.handleUnexpectedToken(LocatedText.class, p);
            }
            return new LocatedText(p.getValueAsString(""), at.getLineNr(), at.getColumnNr());
        }
    }
}
