package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A set's members are compared or added like any two amounts: money only in one currency. */
class SetOfMoneyTest {

    private static final ClaimContext ON_THE_WEB = new ClaimContext(Dossier.CONTEXT.catalogue(), Dossier.CONTEXT.subjects(),
            Map.of(), Set.of(), Dossier.LONDON, Set.of(Platform.WEB, Platform.FACEBOOK), Map.of(),
            Map.of(Subject.of("jc"), Set.of(Platform.WEB), Subject.of("labour"), Set.of(Platform.WEB),
                    Subject.of("johnson"), Set.of(Platform.FACEBOOK), Subject.of("conservatives"), Set.of(Platform.FACEBOOK)));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "argmax(donations_amount{*, web, 2024-03} by subject) = jc",
        "max(donations_amount{*, web, 2024-03} by subject) > £1",
        "sum(donations_amount{*, web, 2024-03} by subject) > £1",
        "median(donations_amount{*, web, 2024-03} by subject) > £1",
    })
    void membersInDifferentCurrenciesMakeTheSetInvalid(String check) {
        Dossier dossier = new Dossier().withMoney("donations_amount{jc,web,2024-03}", "4000", "USD")
                .withMoney("donations_amount{labour,web,2024-03}", "2000", "GBP");

        ClaimResult result = new ClaimChecker(ON_THE_WEB, dossier.source()).check(Claim.of("c1", check));

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("the subjects of this set hold amounts in different "
                + "currencies (GBP for labour; USD for jc): amounts in different currencies cannot be combined or compared");
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString("1:1");
    }

    @Test
    void membersInOneCurrencyAreCompared() {
        Dossier dossier = new Dossier().withMoney("donations_amount{jc,web,2024-03}", "4000", "GBP")
                .withMoney("donations_amount{labour,web,2024-03}", "2000", "GBP");

        ClaimResult result = new ClaimChecker(ON_THE_WEB, dossier.source())
                .check(Claim.of("c1", "argmax(donations_amount{*, web, 2024-03} by subject) = jc"));

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.TRUE);
        assertThat(result.explanation()).contains("had £4,000 and the runner-up Labour (labour) had £2,000");
    }
}
