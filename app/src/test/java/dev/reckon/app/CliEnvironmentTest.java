package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEnvironmentTest {

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertThat(new CliEnvironment(Map.of(), true).colour()).isTrue();
        assertThat(new CliEnvironment(Map.of(), false).colour()).isFalse();
        assertThat(new CliEnvironment(Map.of("NO_COLOR", ""), true).colour()).isFalse();
        assertThat(new CliEnvironment(Map.of("NO_COLOR", "0"), true).colour()).isFalse();
    }

    @Test
    void noConsoleIsNoTerminal() {
        assertThat(CliEnvironment.isTerminal(null)).isFalse();
    }
}
