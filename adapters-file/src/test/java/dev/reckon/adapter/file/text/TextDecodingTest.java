package dev.reckon.adapter.file.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.shared.Opener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "Town,Reach\nSão Paulo,3\nStoke-on-Trent – £,4\n";

    @Test
    void utf8WithoutBom() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoding.detect(opener(bytes))).isEqualTo(TextEncoding.UTF_8);
        assertThat(decoded(bytes)).isEqualTo(TEXT);
    }

    @Test
    void utf8WithBomDropsTheBom() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(TextDecoding.detect(opener(bytes)).label()).isEqualTo("UTF-8 with BOM");
        assertThat(decoded(bytes)).isEqualTo(TEXT);
    }

    @Test
    void utf16LittleEndianWithBom() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));

        assertThat(TextDecoding.detect(opener(bytes)).label()).isEqualTo("UTF-16LE");
        assertThat(decoded(bytes)).isEqualTo(TEXT);
    }

    @Test
    void utf16BigEndianWithBom() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));

        assertThat(TextDecoding.detect(opener(bytes)).label()).isEqualTo("UTF-16BE");
        assertThat(decoded(bytes)).isEqualTo(TEXT);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() throws IOException {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoding.detect(opener(bytes)).label()).isEqualTo("windows-1252 (not valid UTF-8)");
        assertThat(decoded(bytes)).isEqualTo(TEXT);
    }

    @Test
    void aNonUtf8ByteFarIntoTheFileIsStillFound() throws IOException {
        String text = "a,b\n".repeat(100_000) + "Malmö,1\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoding.detect(opener(bytes))).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(TextDecoding.detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void aUtf8CharacterAcrossTheBufferBoundaryIsStillUtf8() throws IOException {
        String text = "x".repeat((1 << 16) - 1) + "é" + "y".repeat(10);

        assertThat(TextDecoding.detect(opener(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void aFileCutInsideAUtf8CharacterIsNotUtf8() throws IOException {
        byte[] cut = {'a', (byte) 0xC3};

        assertThat(TextDecoding.detect(opener(cut))).isEqualTo(TextEncoding.WINDOWS_1252);
    }

    @Test
    void aNonAsciiCharacterAtAnyPlaceInABlockOfAsciiIsChecked() throws IOException {
        // Blocks of 64 and 8 bytes are passed at once when all ASCII: a character at each place of two blocks must stop them.
        for (int at = 0; at < 130; at++) {
            String before = "x".repeat(at);
            String after = "y".repeat(140 - at);
            byte[] valid = (before + "é" + after).getBytes(StandardCharsets.UTF_8);
            byte[] cutShort = concat(before.getBytes(StandardCharsets.US_ASCII), concat(new byte[] {(byte) 0xC3},
                    after.getBytes(StandardCharsets.US_ASCII)));
            byte[] overlong = concat(before.getBytes(StandardCharsets.US_ASCII), concat(new byte[] {(byte) 0xC0, (byte) 0xAF},
                    after.getBytes(StandardCharsets.US_ASCII)));
            byte[] surrogate = concat(before.getBytes(StandardCharsets.US_ASCII), concat(new byte[] {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, after.getBytes(StandardCharsets.US_ASCII)));

            assertThat(TextDecoding.detect(valid)).as("é after %d bytes", at).isEqualTo(TextEncoding.UTF_8);
            assertThat(TextDecoding.detect(opener(valid))).as("é after %d bytes", at).isEqualTo(TextEncoding.UTF_8);
            assertThat(TextDecoding.detect(cutShort)).as("cut after %d bytes", at).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(TextDecoding.detect(overlong)).as("overlong after %d bytes", at).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(TextDecoding.detect(surrogate)).as("surrogate after %d bytes", at).isEqualTo(TextEncoding.WINDOWS_1252);
        }
    }

    @Test
    void invalidUtf8AtTheVeryEndOfALongAsciiFileIsFound() throws IOException {
        for (int length : new int[] {(1 << 16) - 1, 1 << 16, (1 << 16) + 1, (1 << 16) + 63, 200_000}) {
            byte[] ascii = "a".repeat(length).getBytes(StandardCharsets.US_ASCII);
            byte[] loneContinuation = concat(ascii, new byte[] {(byte) 0x80});
            byte[] cutCharacter = concat(ascii, new byte[] {(byte) 0xE2, (byte) 0x82});
            byte[] wholeCharacter = concat(ascii, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC});

            assertThat(TextDecoding.detect(opener(ascii))).as("%d bytes", length).isEqualTo(TextEncoding.UTF_8);
            assertThat(TextDecoding.detect(opener(loneContinuation))).as("%d bytes", length).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(TextDecoding.detect(opener(cutCharacter))).as("%d bytes", length).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(TextDecoding.detect(opener(wholeCharacter))).as("%d bytes", length).isEqualTo(TextEncoding.UTF_8);
        }
    }

    @Test
    void firstLinesDecodeTheStartOfTheFile() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "sep=,\r\n\"Facebook follows\"\r\n\"Date\",\"Primary\"\r\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(TextDecoding.firstLines(opener(bytes), 2)).containsExactly("sep=,", "\"Facebook follows\"");
        assertThat(TextDecoding.firstLines(opener(new byte[0]), 5)).isEmpty();
    }

    @Test
    void aHeaderLineOfHundredsOfKilobytesIsReadWholeWithTheLinesAfterIt() throws IOException {
        String header = "Date," + "Weekly Reach by City - Town,".repeat(6_000) + "last";
        String descriptions = ",Daily: The number of people".repeat(800);
        byte[] bytes = (header + "\r\n" + descriptions + "\r\n1/1/2014,1\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(header.length()).isGreaterThan(160_000);
        assertThat(TextDecoding.firstLines(opener(bytes), 8)).containsExactly(header, descriptions, "1/1/2014,1");
    }

    @Test
    void aFirstLineLongerThanTheLimitIsRefusedByItsLimitAndNotCalledEmpty() {
        byte[] bytes = ("x".repeat(5_000) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TextDecoding.firstLines(opener(bytes), 8, 4_096))
                .isInstanceOf(LineTooLongException.class)
                .hasMessage("line 1 is longer than 4096 bytes, the longest line Reckon reads");
    }

    @Test
    void aLongSecondLineOnlyShortensTheSample() throws IOException {
        byte[] bytes = ("a,b\n" + "x".repeat(5_000) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoding.firstLines(opener(bytes), 8, 4_096)).containsExactly("a,b");
    }

    private static String decoded(byte[] bytes) throws IOException {
        Opener opener = opener(bytes);
        try (Reader reader = TextDecoding.open(opener, TextDecoding.detect(opener))) {
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    private static Opener opener(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    @Test
    void theUtf8CheckAgreesWithTheJdkDecoderOnAnyBytes() {
        java.util.Random random = new java.util.Random(20191212);
        byte[] pieces = {'a', ',', '\n', (byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xC0, (byte) 0xDF, (byte) 0xE0,
                (byte) 0xA0, (byte) 0xED, (byte) 0x9F, (byte) 0xEF, (byte) 0xF0, (byte) 0x90, (byte) 0xF4, (byte) 0x8F,
                (byte) 0xF5, (byte) 0xFF};
        for (int round = 0; round < 20_000; round++) {
            // Runs of ASCII long enough to be passed 8 or 64 bytes at a time, between the bytes that matter.
            byte[] bytes = new byte[random.nextInt(round % 2 == 0 ? 40 : 200)];
            int odds = round % 2 == 0 ? 3 : 40;
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(odds) != 0 ? (byte) 'x' : pieces[random.nextInt(pieces.length)];
            }
            boolean jdk;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }

            assertThat(TextDecoding.detect(bytes)).as("%s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
                    .isEqualTo(jdk ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
