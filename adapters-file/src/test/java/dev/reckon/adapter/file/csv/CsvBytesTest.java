package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The reader over bytes: charsets, characters cut by reads, and the answers records give from their bytes. */
class CsvBytesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** However the reads cut the bytes, every character arrives whole. */
    @FuzzTest(maxDuration = "2m")
    void utf8CharactersCutBetweenReadsArriveWhole(FuzzedDataProvider data) throws IOException {
        String text = "town,note\r\nSão Paulo,\"“quoted”, with € and 😀\"\nMalmö,x\n";
        List<String> records = read(new Trickle(text.getBytes(StandardCharsets.UTF_8), fuzzed(data), 3),
                StandardCharsets.UTF_8);

        assertThat(records).containsExactly("1: [town, note]", "2: [São Paulo, “quoted”, with € and 😀]", "3: [Malmö, x]");
    }

    @Test
    void windows1252BytesAreReadAsTheirCharacters() throws IOException {
        byte[] bytes = "Malmö,£3,\"Zürich\"\n".getBytes(WINDOWS_1252);
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), WINDOWS_1252, ',')) {
            assertThat(reader.next()).isTrue();
            CsvRecord record = reader.record();

            assertThat(record.toList()).containsExactly("Malmö", "£3", "Zürich");
            assertThat(record.fieldEquals(0, "Malmö")).isTrue();
            assertThat(record.fieldEquals(0, "Malmo")).isFalse();
            assertThat(record.length(0)).isEqualTo(5);
            assertThat(record.charAt(0, 4)).isEqualTo('ö');
        }
    }

    @Test
    void aByteOrderMarkIsSkippedInUtf8OnlyAndOnlyAtTheStart() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "a,b\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        assertThat(read(new Trickle(bytes, Trickle.cycling(), 3), StandardCharsets.UTF_8)).containsExactly("1: [a, b]");
        assertThat(read(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1)).containsExactly("1: [ï»¿a, b]");
    }

    @Test
    void recordsLongerThanTheBufferAndQuotesUndoubledAcrossRefills() throws IOException {
        String quoted = "\"\"x".repeat(60_000);
        String text = "id,text\n1,\"" + quoted + "\"tail\n2,\"" + "y".repeat(150_000) + "\"\n3,z\n";

        List<String> records = read(new Trickle(text.getBytes(StandardCharsets.UTF_8), Trickle.cycling(), 40_000),
                StandardCharsets.UTF_8);

        assertThat(records).containsExactly("1: [id, text]", "2: [1, " + "\"x".repeat(60_000) + "tail]",
                "3: [2, " + "y".repeat(150_000) + "]", "4: [3, z]");
    }

    /**
     * Fields made of bytes that are separators and line ends with the high bit set (0x8A, 0x8D and
     * 0xAC), bytes one bit away from them (0x0B, 0x0C and 0x2D), letters and controls: only the real
     * separators end a field, wherever they fall in a word.
     */
    @FuzzTest(maxDuration = "2m")
    void fieldEndsAreFoundAtEveryPlaceInAWordAndBytesThatDifferFromThemByOneBitEndNothing(FuzzedDataProvider data)
            throws IOException {
        byte[] alphabet = {'a', 'b', (byte) 0x8A, (byte) 0x8D, (byte) 0xAC, 0x0B, 0x0C, 0x2D, (byte) 0xFF, 0x00, 0x01};
        List<String> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int r = 0, records = data.consumeInt(1, 5); r < records; r++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0, count = data.consumeInt(1, 5); f < count; f++) {
                StringBuilder field = new StringBuilder();
                for (int i = 0, length = (f == 0 ? 1 : 0) + data.consumeInt(0, 18); i < length; i++) {
                    field.append((char) (alphabet[data.consumeInt(0, alphabet.length - 1)] & 0xFF));
                }
                fields.add(field.toString());
            }
            expected.add((r + 1) + ": " + fields);
            text.append(String.join(",", fields)).append(data.consumeBoolean() ? "\n" : "\r\n");
        }

        assertThat(read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.ISO_8859_1)),
                StandardCharsets.ISO_8859_1)).isEqualTo(expected);
    }


    @Test
    void plainWholeNumbersAreReadFromTheBytesAndEverythingElseIsLeftToTheCaller() throws IOException {
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(
                " 42 ,-7,007,-0,999999999999999999,1000000000000000000,1.5,1,234,+3,-,,x1\n"
                        .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, ',')) {
            reader.next();
            CsvRecord record = reader.record();
            List<OptionalLong> numbers = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                numbers.add(CsvNumbers.wholeNumber(record, i));
            }

            assertThat(numbers).containsExactly(OptionalLong.of(42), OptionalLong.of(-7), OptionalLong.of(7),
                    OptionalLong.of(0), OptionalLong.of(999_999_999_999_999_999L), OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.of(1), OptionalLong.of(234), OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
            for (int i = 0; i < record.size(); i++) {
                assertThat(CsvNumbers.wholeNumberOr(record, i)).as("field %d", i)
                        .isEqualTo(numbers.get(i).orElse(CsvNumbers.NOT_A_WHOLE_NUMBER));
            }
            assertThat(numbers.get(4).getAsLong()).isNotEqualTo(CsvNumbers.NOT_A_WHOLE_NUMBER);
        }
    }

    @Test
    void theFieldCacheInterpretsEachTextOnceAndNeverRemembersAFailure() throws IOException {
        List<String> interpreted = new ArrayList<>();
        CsvFieldCache<String> cache = new CsvFieldCache<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream("labour\n labour \nbad\nbad\nMalmö\nlabour\nMalmö\n"
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, ',')) {
            List<String> meanings = new ArrayList<>();
            while (reader.next()) {
                meanings.add(cache.read(reader.record(), 0, text -> {
                    interpreted.add(text);
                    return text.equals("bad") ? null : text.toUpperCase();
                }));
            }

            assertThat(meanings).containsExactly("LABOUR", "LABOUR", null, null, "MALMÖ", "LABOUR", "MALMÖ");
            assertThat(interpreted).containsExactly("labour", "bad", "bad", "Malmö");
        }
    }

    @Test
    void textGivenAsCharactersIsReadThroughUtf8AndALoneSurrogateBecomesAQuestionMark() throws IOException {
        try (CsvReader reader = new CsvReader(new java.io.StringReader("a\uD800b,😀,Malmö\n"))) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.record().toList()).containsExactly("a?b", "😀", "Malmö");
            assertThat(reader.next()).isFalse();
        }
        try (InputStream bytes = new Utf8Bytes(new java.io.StringReader("é"))) {
            assertThat(bytes.read()).isEqualTo(0xC3);
            assertThat(bytes.read()).isEqualTo(0xA9);
            assertThat(bytes.read()).isEqualTo(-1);
        }
    }

    @Test
    void separatorsMustBeAsciiAndCharsetsMustKeepAsciiInSingleBytes() {
        assertThatThrownBy(() -> new CsvReader(InputStream.nullInputStream(), StandardCharsets.UTF_8, '§'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvReader(InputStream.nullInputStream(), StandardCharsets.UTF_16LE, ','))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> read(InputStream in, Charset charset) throws IOException {
        List<String> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in, charset, ',')) {
            while (reader.next()) {
                records.add(reader.record().toString());
            }
        }
        return records;
    }

    /** Sizes of reads chosen by the fuzzer. */
    private static IntUnaryOperator fuzzed(FuzzedDataProvider data) {
        return bound -> data.consumeInt(0, bound - 1);
    }

    /** Gives its bytes a few at a time (up to {@code most}), so characters, quotes and records straddle every refill. */
    private static final class Trickle extends InputStream {

        /** Reads of 2, 3, ... up to the most, then 1, 2 again: every cut, in a fixed order. */
        static IntUnaryOperator cycling() {
            int[] last = {0};
            return bound -> last[0] = (last[0] + 1) % bound;
        }

        private final byte[] bytes;
        private final IntUnaryOperator sizes;
        private final int most;
        private int position;

        /** {@code sizes} gives a number below its bound for each read; each read gives one byte more than that. */
        Trickle(byte[] bytes, IntUnaryOperator sizes, int most) {
            this.bytes = bytes;
            this.sizes = sizes;
            this.most = most;
        }

        @Override
        public int read() {
            return position == bytes.length ? -1 : bytes[position++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + sizes.applyAsInt(most)), bytes.length - position);
            System.arraycopy(bytes, position, into, offset, count);
            position += count;
            return count;
        }
    }
}
