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

    @Test
    void anAdapterReachingPastThePortsIsCaught() {
        assertCaught(evaluate(ArchitectureRules.ADAPTERS_DEPEND_ONLY_ON_PORTS_DOMAIN_AND_LIBRARIES,
                        "dev.reckon.adapter.file.archviolation", "dev.reckon.application.service.archviolation"),
                "dev.reckon.adapter.file.archviolation.AdapterCallingAService");
    }

    @Test
    void anIncomingPortNamingAnOutgoingPortIsCaught() {
        assertCaught(evaluate(ArchitectureRules.INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT,
                        "dev.reckon.application.port.in.archviolation", "dev.reckon.application.port.out.archviolation"),
                "dev.reckon.application.port.in.archviolation.UseCaseNamingAnOutgoingPort");
    }

    @Test
    void anOutgoingPortNamingAnIncomingPortIsCaught() {
        assertCaught(evaluate(ArchitectureRules.OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING,
                        "dev.reckon.application.port.in.archviolation", "dev.reckon.application.port.out.archviolation"),
                "dev.reckon.application.port.out.archviolation.OutgoingPortNamingACommand");
    }

    @Test
    void aSharedValueNamingAPortIsCaught() {
        assertCaught(evaluate(ArchitectureRules.SHARED_PORT_VALUES_NAME_NEITHER_KIND_OF_PORT,
                        "dev.reckon.application.port.shared.archviolation", "dev.reckon.application.port.in.archviolation"),
                "dev.reckon.application.port.shared.archviolation.SharedValueNamingAUseCase");
    }

    @Test
    void theColumnarBufferNamingAPortIsCaught() {
        assertCaught(evaluate(ArchitectureRules.COLUMNAR_DEPENDS_ONLY_ON_THE_DOMAIN, "dev.reckon.columnar.archviolation"),
                "dev.reckon.columnar.archviolation.BufferUsingAPort");
    }

    @Test
    void aReportViewUsingAServiceIsCaught() {
        assertCaught(evaluate(ArchitectureRules.REPORT_CONTRACT_DEPENDS_ONLY_ON_DOMAIN_AND_PORTS,
                        "dev.reckon.report.archviolation", "dev.reckon.application.service.archviolation"),
                "dev.reckon.report.archviolation.ViewUsingAService");
    }

    @Test
    void aStoreCodecUsingAServiceIsCaught() {
        assertCaught(evaluate(ArchitectureRules.STORE_CODEC_DEPENDS_ONLY_ON_DOMAIN_PORTS_AND_JACKSON,
                        "dev.reckon.store.codec.archviolation", "dev.reckon.application.service.archviolation"),
                "dev.reckon.store.codec.archviolation.CodecUsingAService");
    }

    @Test
    void aCycleBetweenDomainPackagesIsCaught() {
        assertCaught(evaluate(ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES, "dev.reckon.domain.archviolation"),
                "dev.reckon.domain.archviolation.left.LeftValue");
    }

    @Test
    void aCycleBetweenApplicationPackagesIsCaught() {
        assertCaught(evaluate(ArchitectureRules.APPLICATION_PACKAGES_ARE_FREE_OF_CYCLES,
                        "dev.reckon.application.port.in.archviolation", "dev.reckon.application.port.out.archviolation"),
                "dev.reckon.application.port.in.archviolation.UseCaseNamingAnOutgoingPort");
    }

    @Test
    void aCycleBetweenFileAdapterPackagesIsCaught() {
        assertCaught(evaluate(ArchitectureRules.FILE_ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES,
                        "dev.reckon.adapter.file.archviolation"),
                "dev.reckon.adapter.file.archviolation.readers.ReaderList");
    }

    @Test
    void aCycleBetweenRestAdapterPackagesIsCaught() {
        assertCaught(evaluate(ArchitectureRules.REST_ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES,
                        "dev.reckon.adapter.rest.archviolation"),
                "dev.reckon.adapter.rest.archviolation.server.ApiServer");
    }
}
