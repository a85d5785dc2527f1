package dev.reckon.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production classes of every module keep the module boundaries. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Under 'mvn verify' a module's test-jar (adapters-postgres' embedded server) is a jar, not
                // a test-classes folder, and DO_NOT_INCLUDE_TESTS does not see it as tests.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.reckon");
    }

    @Test
    void importsTheClassesOfTheInnerModules() {
        assertThat(production.contain("dev.reckon.domain.number.Interval")).isTrue();
        assertThat(production.contain("dev.reckon.application.port.out.ObservationStore")).isTrue();
        assertThat(production.contain("dev.reckon.columnar.ObservationBuffer")).isTrue();
        assertThat(production.contain("dev.reckon.report.ReportView")).isTrue();
        assertThat(production.contain("dev.reckon.store.codec.ReportJson")).isTrue();
        // Both stores are adapters: the rules for adapters hold for them as for the others.
        assertThat(production.contain("dev.reckon.adapter.jdbc.SqliteObservationStore")).isTrue();
        assertThat(production.contain("dev.reckon.adapter.postgres.PostgresObservationStore")).isTrue();
        assertThat(production.stream().map(c -> c.getPackageName()))
                .noneMatch(name -> name.contains("archviolation"));
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK.check(production);
    }

    @Test
    void applicationNeverDependsOnAdapters() {
        ArchitectureRules.APPLICATION_NEVER_DEPENDS_ON_ADAPTERS.check(production);
    }

    @Test
    void applicationNeverDependsOnGuice() {
        ArchitectureRules.APPLICATION_NEVER_DEPENDS_ON_GUICE.check(production);
    }

    @Test
    void noAdapterDependsOnAnother() {
        ArchitectureRules.NO_ADAPTER_DEPENDS_ON_ANOTHER.check(production);
    }

    @Test
    void portsNeverDependOnServices() {
        ArchitectureRules.PORTS_NEVER_DEPEND_ON_SERVICES.check(production);
    }

    @Test
    void adaptersDependOnlyOnPortsDomainAndLibraries() {
        ArchitectureRules.ADAPTERS_DEPEND_ONLY_ON_PORTS_DOMAIN_AND_LIBRARIES.check(production);
    }

    @Test
    void incomingPortsDoNotDependOnOutgoingPorts() {
        ArchitectureRules.INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT.check(production);
    }

    @Test
    void outgoingPortsDoNotDependOnIncomingPorts() {
        ArchitectureRules.OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING.check(production);
    }

    @Test
    void sharedPortValuesNameNeitherKindOfPort() {
        ArchitectureRules.SHARED_PORT_VALUES_NAME_NEITHER_KIND_OF_PORT.check(production);
    }

    @Test
    void columnarDependsOnlyOnTheDomain() {
        ArchitectureRules.COLUMNAR_DEPENDS_ONLY_ON_THE_DOMAIN.check(production);
    }

    @Test
    void storeCodecDependsOnlyOnDomainPortsAndJackson() {
        ArchitectureRules.STORE_CODEC_DEPENDS_ONLY_ON_DOMAIN_PORTS_AND_JACKSON.check(production);
    }

    @Test
    void reportContractDependsOnlyOnDomainAndPorts() {
        ArchitectureRules.REPORT_CONTRACT_DEPENDS_ONLY_ON_DOMAIN_AND_PORTS.check(production);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
    }

    @Test
    void applicationPackagesAreFreeOfCycles() {
        ArchitectureRules.APPLICATION_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
    }

    @Test
    void fileAdapterPackagesAreFreeOfCycles() {
        ArchitectureRules.FILE_ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
    }

    @Test
    void restAdapterPackagesAreFreeOfCycles() {
        ArchitectureRules.REST_ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
    }

    @Test
    void noFieldInjection() {
        ArchitectureRules.NO_FIELD_INJECTION.check(production);
    }
}
