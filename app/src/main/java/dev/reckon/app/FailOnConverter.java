package dev.reckon.app;

import dev.reckon.domain.claim.Verdict;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Reads the verdict {@code --fail-on} names: any but {@code true}, since failing on the best verdict
 * would fail every dossier that has a claim.
 */
final class FailOnConverter implements CommandLine.ITypeConverter<Verdict> {

    @Override
    public Verdict convert(String value) {
        String id = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(Verdict.values()).filter(v -> v != Verdict.TRUE && v.id().equals(id)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                        + "' cannot be a failing verdict: expected one of " + String.join(", ", new Candidates())));
    }

    /** {@code false}, {@code undecided}, {@code no-data}, {@code invalid}. */
    static final class Candidates implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Verdict.values()).filter(v -> v != Verdict.TRUE).map(Verdict::id)
                    .collect(Collectors.toList()).iterator();
        }
    }
}
