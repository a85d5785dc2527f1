package dev.reckon.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule, run on classes kept in test sources that break it on purpose, reports the breach.
 * A rule that could not fail here would be checking nothing.
 */
class ArchitectureRulesCatchViolationsTest {

    private static EvaluationResult evaluate(ArchRule rule, String... packages) {
        JavaClasses violators = new ClassFileImporter().importPackages(packages);
        assertThat(violators).as("counterexample classes in %s", String.join(", ", packages)).isNotEmpty();
        return rule.evaluate(violators);
    }

    private static void assertCaught(EvaluationResult result, String offendingClass) {
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offendingClass));
    }

    @Test
    void aDomainClassUsingGuiceBreaksDomainPurity() {
        assertCaught(evaluate(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, "dev.reckon.domain.archviolation"),
                "dev.reckon.domain.archviolation.DomainClassUsingGuice");
    }

    @Test
    void anApplicationClassUsingAnAdapterBreaksTheInwardRule() {
        assertCaught(evaluate(ArchitectureRules.APPLICATION_NEVER_DEPENDS_ON_ADAPTERS,
                        "dev.reckon.application.archviolation", "dev.reckon.adapter.file.archviolation"),
                "dev.reckon.application.archviolation.ServiceCallingAnAdapter");
    }

    @Test
    void anApplicationClassUsingGuiceIsCaught() {
        assertCaught(evaluate(ArchitectureRules.APPLICATION_NEVER_DEPENDS_ON_GUICE, "dev.reckon.application.archviolation"),
                "dev.reckon.application.archviolation.ServiceUsingGuice");
    }

    @Test
    void anAdapterUsingAnotherAdapterIsCaught() {
        assertCaught(evaluate(ArchitectureRules.NO_ADAPTER_DEPENDS_ON_ANOTHER,
                        "dev.reckon.adapter.file.archviolation", "dev.reckon.adapter.rest.archviolation"),
                "dev.reckon.adapter.rest.archviolation.RestAdapterUsingFileAdapter");
    }

    @Test
    void aPortUsingAServiceIsCaught() {
        assertCaught(evaluate(ArchitectureRules.PORTS_NEVER_DEPEND_ON_SERVICES,
                        "dev.reckon.application.port.archviolation", "dev.reckon.application.service.archviolation"),
                "dev.reckon.application.port.archviolation.PortUsingAService");
    }

    @Test
    void fieldInjectionIsCaughtForJakartaAndGuiceAnnotations() {
        EvaluationResult result = evaluate(ArchitectureRules.NO_FIELD_INJECTION, "dev.reckon.app.archviolation");
        assertCaught(result, "FieldInjectedWithJakarta.store");
        assertCaught(result, "FieldInjectedWithGuice.store");
    }
}
