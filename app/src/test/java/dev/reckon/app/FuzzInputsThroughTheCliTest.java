package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs the fuzz targets keep, given to the real {@code reckon check} as
 * the files a user has: a dossier.yaml, a data file, a claim's check. The fuzz targets call the
 * readers and the claim language directly; this says that what they reached also ends, through the
 * whole command, in a verdict or a located refusal: never exit code 3 ("internal error") and never
 * an exception's name or stack trace on either output.
 *
 * <p>It replays the saved inputs; with {@code -Dreckon.fuzz.corpus=true} (in the test JVM's
 * {@code argLine}) also every input the fuzzer grew in each module's {@code .cifuzz-corpus}.
 */
class FuzzInputsThroughTheCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A line of a stack trace, as Throwable.printStackTrace writes it. */
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\([\\w.]+:\\d+\\)");
    /** A throwable's class name, which a message for users never shows (the inputs' own text rarely has one). */
    private static final Pattern THROWABLE_NAME = Pattern.compile("\\b(java|javax|jdk|sun|com|org|dev)\\.[\\w.$]+(Exception|Error)\\b");
    private static final String SUBJECTS = """
            title: Fuzz inputs
            timezone: Europe/London
            subjects:
              labour: { name: The Labour Party, accounts: { facebook: UKLabour } }
            periods:
              ge2019: { from: 2019-12-01, to: 2019-12-02 }
            """;

    /** How a kind of input becomes a dossier: where its bytes go. */
    private enum Kind {
        DOSSIER_YAML, DATA_FILE, CHECK
    }

    private record Inputs(String module, String className, String method, Kind kind, String fileName) {

        String savedFolder() {
            String packagePath = className.substring(0, className.lastIndexOf('.')).replace('.', '/');
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            return module + "/src/test/resources/" + packagePath + "/" + simpleName + "Inputs/" + method;
        }

        String corpusFolder() {
            return module + "/.cifuzz-corpus/" + className + "/" + method;
        }
    }

    private static final List<Inputs> TARGETS = List.of(
            new Inputs("adapters-file", "dev.reckon.adapter.file.dossier.DossierYamlFuzzTest",
                    "anyDossierYamlLoadsOrSaysWhereItIsWrong", Kind.DOSSIER_YAML, "dossier.yaml"),
            new Inputs("adapters-file", "dev.reckon.adapter.file.canonical.CanonicalReadersFuzzTest",
                    "canonicalCsvReadsAnyBytes", Kind.DATA_FILE, "observations.csv"),
            new Inputs("adapters-file", "dev.reckon.adapter.file.canonical.CanonicalReadersFuzzTest",
                    "canonicalJsonLinesReadsAnyBytes", Kind.DATA_FILE, "observations.jsonl"),
            new Inputs("adapters-file", "dev.reckon.adapter.file.export.ExportReadersFuzzTest",
                    "formatDetectionReadsOrRefusesAnyFile", Kind.DATA_FILE, "export.csv"),
            new Inputs("app", "dev.reckon.app.ServedImportsFuzzTest", "imports", Kind.DATA_FILE, "export.csv"),
            new Inputs("domain", "dev.reckon.domain.claim.ClaimProperties", "anyCharactersGiveAResult", Kind.CHECK, ""));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyKeptInputEndsInAVerdictOrALocatedRefusal() throws IOException {
        boolean corpus = Boolean.getBoolean("reckon.fuzz.corpus");
        List<DynamicTest> tests = new ArrayList<>();
        for (Inputs target : TARGETS) {
            List<String> folders = corpus ? List.of(target.savedFolder(), target.corpusFolder()) : List.of(target.savedFolder());
            for (String folder : folders) {
                Path inputs = RepositoryFiles.resolve(folder);
                if (!Files.isDirectory(inputs)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(inputs)) {
                    files.sorted().forEach(input -> tests.add(DynamicTest.dynamicTest(folder + "/" + input.getFileName(),
                            () -> assertNoInternalError(target, Files.readAllBytes(input)))));
                }
            }
        }
        assertThat(tests).as("saved inputs found").isNotEmpty();
        return tests.stream();
    }

    private void assertNoInternalError(Inputs target, byte[] input) throws IOException {
        Path dossier = Files.createTempDirectory(temp, "dossier");
        switch (target.kind()) {
            case DOSSIER_YAML -> Files.write(dossier.resolve(target.fileName()), input);
            case DATA_FILE -> {
                Files.createDirectories(dossier.resolve("data"));
                Files.write(dossier.resolve("data").resolve(target.fileName()), input);
                Files.writeString(dossier.resolve("dossier.yaml"), SUBJECTS + "data:\n  - path: data/" + target.fileName()
                        + "\nclaims:\n  - id: likes\n    check: \"likes{labour, facebook, ge2019} > 0\"\n");
            }
            case CHECK -> Files.writeString(dossier.resolve("dossier.yaml"), SUBJECTS
                    + "claims:\n  - id: fuzzed\n    check: " + quoted(new String(input, StandardCharsets.UTF_8)) + "\n");
        }

        CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "check", dossier.toString());

        assertThat(run.exitCode()).as("%s", run).isNotEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.out() + run.err()).as("%s", run).doesNotContainPattern(STACK_FRAME).doesNotContainPattern(THROWABLE_NAME);
    }

    /** A YAML double-quoted scalar: JSON's string syntax, which YAML reads the same way. */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
