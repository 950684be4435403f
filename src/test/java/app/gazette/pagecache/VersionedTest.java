package app.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value kept per content version: computed again after a change, once however many ask. */
class VersionedTest {

    final ContentVersion version = mock(ContentVersion.class);
    final AtomicInteger computations = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    final Versioned<Integer> value = new Versioned<>(version, () -> {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return computations.incrementAndGet();
    });

    @Test
    void keptUntilTheVersionChanges() {
        given(version.current()).willReturn(new ContentVersion.Key(1, null));
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);

        given(version.current()).willReturn(new ContentVersion.Key(2, null));

        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void threadsFindingItStaleTogetherShareOneComputation() throws Exception {
        CountDownLatch asked = new CountDownLatch(4);
        given(version.current()).willAnswer(call -> {
            asked.countDown();
            return new ContentVersion.Key(1, null);
        });
        gate = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(readers.submit(value::get));
            }
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            gate.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(computations).hasValue(1);
    }
}
