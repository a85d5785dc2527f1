package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example of README.md, compiled and run as it is written, against the
 * domain classes alone: if the domain's API moves, this fails until the document is updated.
 */
class EmbeddingExampleTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OUTPUT_BLOCK = Pattern.compile("It prints:\\s*\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");

    @TempDir
    Path temp;

    @Test
    void theDocumentedExampleCompilesAgainstTheDomainAloneAndPrintsWhatTheDocumentSays() throws Exception {
        String document = Files.readString(RepositoryFiles.resolve("README.md"), StandardCharsets.UTF_8);
        String source = only(JAVA_BLOCK, document, "a ```java block");
        String expectedOutput = only(OUTPUT_BLOCK, document, "an 'It prints:' ```text block");
        String className = only(CLASS_NAME, source, "a public class");
        Path domain = domainClasses();

        Path sourceFile = temp.resolve(className + ".java");
        Files.writeString(sourceFile, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        compile(sourceFile, classes, domain);

        assertThat(run(className, classes, domain)).isEqualTo(expectedOutput);
    }

    @Test
    void theDomainIsAJarOrClassFolderOfTheDomainOnly() throws Exception {
        Path domain = domainClasses();

        assertThat(domain.toString()).contains("domain");
        if (Files.isDirectory(domain)) {
            try (var files = Files.walk(domain)) {
                assertThat(files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> domain.relativize(p).toString().replace('\\', '/')))
                        .isNotEmpty().allMatch(p -> p.startsWith("dev/reckon/domain/"));
            }
        }
    }

    /** Where the build put the domain's classes: its target/classes in a reactor build, or its jar. */
    private static Path domainClasses() throws URISyntaxException {
        return Path.of(Interval.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void compile(Path source, Path classes, Path domain) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK with javac").isNotNull();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("--release", "17", "-proc:none", "-classpath", domain.toString(), "-d", classes.toString()),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(source)).call();
        assertThat(compiled).as("the example compiles against the domain alone:\n%s", diagnostics).isTrue();
    }

    /** Runs the example in its own JVM, with nothing but the example and the domain on the class path. */
    private String run(String className, Path classes, Path domain) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // UTF-8 output whatever the platform's default, on every JDK from 17 on.
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp",
                classes + File.pathSeparator + domain, className));
        Path output = temp.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the example finishes").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; it printed:\n%s", printed).isZero();
        return printed;
    }

    private static String only(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("README.md has " + what).isTrue();
        String found = matcher.group(1);
        assertThat(matcher.find()).as("README.md has only one such block: " + what).isFalse();
        return found;
    }
}
