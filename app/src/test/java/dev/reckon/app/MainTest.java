package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point as {@code java -jar} runs it: the process's own streams, the real modules. */
class MainTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureTheProcessStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.ISO_8859_1));
        System.setErr(new PrintStream(err, true, StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void restoreTheProcessStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void writesTheReportAsUtf8WhateverThePlatformCharsetAndOnlyRunMessagesOnStandardError() throws Exception {
        String example = RepositoryFiles.copyOf("examples/ge2019", temp).toString();

        int exitCode = Main.run(new String[] {"check", example, "--format", "json"}, new CliEnvironment(Map.of(), false));

        assertThat(exitCode).isEqualTo(ExitCode.OK);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(json).get("summary").get("true").asLong()).isEqualTo(15);
        assertThat(json).contains("£85,327");
        String messages = err.toString(StandardCharsets.UTF_8);
        // The files imported, each with its notes (the zone its dates were read in), then the counts.
        assertThat(messages.lines()).allMatch(line -> line.startsWith("read ")
                || line.startsWith(Path.of(example, "data").toString()) && line.contains(".csv: ")
                || line.matches("\\d+ files? unchanged, \\d+ re-imported(, \\d+ removed)?"));
    }
}
