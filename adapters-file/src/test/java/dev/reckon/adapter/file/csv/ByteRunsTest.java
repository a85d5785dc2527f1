package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ByteRunsTest {

    @Test
    void runsOfEveryLengthAreTheSameOnlyWhenEveryByteIs() {
        byte[] text = "subject,platform,metric,town=Stoke".getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length <= 20; length++) {
            // The key ends the array, so its last bytes cannot be read as one word.
            byte[] key = Arrays.copyOfRange(text, 3, 3 + length);
            assertThat(ByteRuns.same(text, 3, key, 0, length)).as("length %d", length).isTrue();
            assertThat(ByteRuns.mix(0, text, 3, 3 + length)).isEqualTo(ByteRuns.mix(0, key, 0, length));
            for (int at = 0; at < length; at++) {
                byte[] other = key.clone();
                other[at] ^= 0x20;
                assertThat(ByteRuns.same(text, 3, other, 0, length)).as("length %d, byte %d changed", length, at).isFalse();
            }
        }
    }

    @Test
    void theLengthOfARunIsPartOfItsHash() {
        byte[] zeros = new byte[16];
        assertThat(ByteRuns.mix(0, zeros, 0, 3)).isNotEqualTo(ByteRuns.mix(0, zeros, 0, 4));
    }
}
