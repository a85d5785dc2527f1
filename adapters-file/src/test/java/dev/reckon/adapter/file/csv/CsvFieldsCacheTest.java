package dev.reckon.adapter.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFieldsCacheTest {

    @Test
    void findsWhatWasRememberedForTheSameFieldsAndNothingForOthers() throws IOException {
        CsvFieldsCache<String> cache = new CsvFieldsCache<>(0, 2);
        try (CsvReader csv = new CsvReader(new StringReader("labour,1,facebook\nlabour,2,twitter\nlabour,3,facebook\n"))) {
            csv.next();
            assertThat(cache.find(csv.record())).isNull();
            cache.remember(csv.record(), "labour on facebook");
            csv.next();
            assertThat(cache.find(csv.record())).as("another platform").isNull();
            csv.next();
            assertThat(cache.find(csv.record())).as("the field between is not part of the key").isEqualTo("labour on facebook");
        }
    }

    @Test
    void tellsFieldsApartWhereTheirBytesJoinTheSame() throws IOException {
        CsvFieldsCache<String> cache = new CsvFieldsCache<>(0, 1);
        try (CsvReader csv = new CsvReader(new StringReader("ab,c\na,bc\nab,c\n"))) {
            csv.next();
            cache.remember(csv.record(), "ab|c");
            csv.next();
            assertThat(cache.find(csv.record())).isNull();
            cache.remember(csv.record(), "a|bc");
            csv.next();
            assertThat(cache.find(csv.record())).isEqualTo("ab|c");
        }
    }

    @Test
    void keysAreTheBytesAsWrittenSoSpacesMakeAnotherKeyAndQuotesDoNot() throws IOException {
        CsvFieldsCache<String> cache = new CsvFieldsCache<>(0);
        try (CsvReader csv = new CsvReader(new StringReader("town=Stoke\n town=Stoke\n\"town=Stoke\"\n"))) {
            csv.next();
            cache.remember(csv.record(), "Stoke");
            csv.next();
            assertThat(cache.find(csv.record())).isNull();
            csv.next();
            assertThat(cache.find(csv.record())).isEqualTo("Stoke");
        }
    }

    @Test
    void comparesFieldsOfEveryLengthAroundAWord() throws IOException {
        CsvFieldsCache<Integer> cache = new CsvFieldsCache<>(0, 1);
        StringBuilder text = new StringBuilder();
        for (int length = 0; length <= 20; length++) {
            text.append("x".repeat(length)).append(",").append("y".repeat(20 - length)).append('\n');
        }
        String lines = text.toString();
        try (CsvReader csv = new CsvReader(new StringReader(lines))) {
            for (int length = 0; csv.next(); length++) {
                assertThat(cache.find(csv.record())).isNull();
                cache.remember(csv.record(), length);
            }
        }
        try (CsvReader csv = new CsvReader(new StringReader(lines))) {
            for (int length = 0; csv.next(); length++) {
                assertThat(cache.find(csv.record())).isEqualTo(length);
            }
        }
    }

    @Test
    void readsFieldsThatEndTheBufferWithoutReadingPastIt() throws IOException {
        byte[] text = "labour,facebook".getBytes(StandardCharsets.UTF_8);
        CsvFieldsCache<String> cache = new CsvFieldsCache<>(0, 1);
        for (int round = 0; round < 2; round++) {
            try (CsvReader csv = new CsvReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8, ',')) {
                csv.next();
                if (round == 0) {
                    cache.remember(csv.record(), "found");
                } else {
                    assertThat(cache.find(csv.record())).isEqualTo("found");
                }
            }
        }
    }

    @Test
    void remembersAtMostItsLimit() throws IOException {
        CsvFieldsCache<Integer> cache = new CsvFieldsCache<>(0);
        int keys = CsvFieldsCache.MAX_REMEMBERED + 10;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            text.append("day-").append(i).append('\n');
        }
        try (CsvReader csv = new CsvReader(new StringReader(text.toString()))) {
            for (int i = 0; csv.next(); i++) {
                cache.remember(csv.record(), i);
            }
        }
        try (CsvReader csv = new CsvReader(new StringReader(text.toString()))) {
            for (int i = 0; csv.next(); i++) {
                Integer expected = i < CsvFieldsCache.MAX_REMEMBERED ? i : null;
                assertThat(cache.find(csv.record())).as("key %d", i).isEqualTo(expected);
            }
        }
    }

    @Test
    void needsAtLeastOneFieldNumberedFromZero() {
        assertThatThrownBy(CsvFieldsCache::new).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvFieldsCache<>(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
