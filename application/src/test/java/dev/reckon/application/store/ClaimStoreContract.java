package dev.reckon.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimSource;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClaimStore} must do. An implementation's test extends this class and says how
 * to make an empty store; a store that is {@link AutoCloseable} is closed after each test.
 */
public abstract class ClaimStoreContract {

    private static final Claim SHARE = new Claim("share", "Half of the views",
            "video_views{labour, facebook, ge2019} > 1000",
            Optional.of(new ClaimSource("Digital team", "report to the NEC", "2020-01")));
    private static final Claim BARE = Claim.of("bare", "1 + 1 = 2");

    private ClaimStore store;

    protected abstract ClaimStore newStore() throws Exception;

    @BeforeEach
    void createStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    protected ClaimStore store() {
        return store;
    }

    @Test
    void anEmptyStoreHasNoClaims() {
        assertThat(store.list()).isEmpty();
        assertThat(store.get("share")).isEmpty();
    }

    @Test
    void aClaimKeepsEveryFieldAndIsListedById() {
        store.put(SHARE);
        store.put(BARE);

        assertThat(store.get("share")).contains(SHARE);
        assertThat(store.get("bare")).contains(BARE);
        assertThat(store.list()).containsExactly(BARE, SHARE);
    }

    @Test
    void puttingAClaimWithAnExistingIdReplacesIt() {
        store.put(SHARE);
        Claim changed = new Claim("share", "changed", "1 = 1", Optional.empty());
        store.put(changed);

        assertThat(store.list()).containsExactly(changed);
    }

    @Test
    void deletingForgetsOnlyThatClaimAndTellsWhetherThereWasOne() {
        store.put(SHARE);
        store.put(BARE);

        assertThat(store.delete("share")).isTrue();
        assertThat(store.delete("share")).isFalse();
        assertThat(store.list()).containsExactly(BARE);
    }
}
