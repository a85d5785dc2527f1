package dev.reckon.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryObservationStoreTest extends ObservationStoreContract {

    @Override
    protected ObservationStore newStore() {
        return new InMemoryObservationStore();
    }

    @Test
    void aReaderSeesAReplacementWhollyOrNotAtAll() throws Exception {
        List<Observation> low = month(1);
        List<Observation> high = month(1_000);
        replace(low);
        Set<Integer> sizesSeen = ConcurrentHashMap.newKeySet();
        Set<Long> totalsSeen = ConcurrentHashMap.newKeySet();
        CountDownLatch writerDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> reader = threads.submit(() -> {
                do {
                    List<Observation> found = store().find(LABOUR_VIEWS).observations();
                    sizesSeen.add(found.size());
                    totalsSeen.add(found.stream().mapToLong(o -> o.value().lo().orElseThrow().longValue()).sum());
                } while (writerDone.getCount() > 0);
            });
            threads.submit(() -> {
                for (int round = 0; round < 200; round++) {
                    replace(round % 2 == 0 ? high : low);
                }
                writerDone.countDown();
            }).get(1, TimeUnit.MINUTES);
            reader.get(1, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        assertThat(sizesSeen).containsOnly(31);
        assertThat(totalsSeen).isSubsetOf(31L, 31_000L);
    }

    private void replace(List<Observation> observations) {
        try (SourceWrite write = store().replaceSource("a.csv")) {
            observations.forEach(write::accept);
            write.commit(record("a.csv", Instant.parse("2026-01-01T00:00:00Z")));
        }
    }

    private static List<Observation> month(long valueEachDay) {
        List<Observation> month = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            month.add(views(LABOUR_VIEWS, day(day), valueEachDay, "a.csv", day + 1));
        }
        return month;
    }
}
