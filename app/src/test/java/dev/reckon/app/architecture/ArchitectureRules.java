package dev.reckon.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;


import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of conventions.md, as rules. Each is proven able to fail by a counterexample test. */
final class ArchitectureRules {

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.reckon.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.reckon.domain..")
            .because("the domain is the jar other systems embed: it depends on nothing but the JDK");

    static final ArchRule APPLICATION_NEVER_DEPENDS_ON_ADAPTERS = noClasses()
            .that().resideInAPackage("dev.reckon.application..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.reckon.adapter..", "dev.reckon.app..")
            .because("dependencies point inward: adapters depend on the application, never the reverse");

    static final ArchRule APPLICATION_NEVER_DEPENDS_ON_GUICE = noClasses()
            .that().resideInAPackage("dev.reckon.application..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .because("services name their dependencies in constructors; app wires them by hand (ReckonComponents)");

    static final ArchRule NO_ADAPTER_DEPENDS_ON_ANOTHER = slices()
            .matching("dev.reckon.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("only app sees every adapter");

    static final ArchRule PORTS_NEVER_DEPEND_ON_SERVICES = noClasses()
            .that().resideInAPackage("dev.reckon.application.port..")
            .should().dependOnClassesThat().resideInAPackage("dev.reckon.application.service..")
            .because("ports describe what is needed; services implement them");

    static final ArchRule ADAPTERS_DEPEND_ONLY_ON_PORTS_DOMAIN_AND_LIBRARIES = noClasses()
            .that().resideInAPackage("dev.reckon.adapter..")
            .should().dependOnClassesThat(resideInAPackage("dev.reckon..").and(not(resideInAnyPackage(
                    "dev.reckon.adapter..", "dev.reckon.domain..", "dev.reckon.application.port..",
                    "dev.reckon.columnar..", "dev.reckon.report..", "dev.reckon.store.codec.."))))
            .because("an adapter reaches the application through its ports only, and may use the library modules"
                    + " (columnar, report, store codec) made for sharing");

    static final ArchRule INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.reckon.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.reckon.application.port.out..")
            .because("what the application offers and what it needs are described apart (buckpal)");

    static final ArchRule OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING = noClasses()
            .that().resideInAPackage("dev.reckon.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.reckon.application.port.in..")
            .because("what the application offers and what it needs are described apart (buckpal)");

    static final ArchRule SHARED_PORT_VALUES_NAME_NEITHER_KIND_OF_PORT = noClasses()
            .that().resideInAPackage("dev.reckon.application.port.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.reckon.application.port.in..",
                    "dev.reckon.application.port.out..")
            .because("what both kinds of port name must not tie them together again");

    static final ArchRule COLUMNAR_DEPENDS_ONLY_ON_THE_DOMAIN = classes()
            .that().resideInAPackage("dev.reckon.columnar..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.reckon.domain..",
                    "dev.reckon.columnar..")
            .because("the columnar buffer is a library the application and adapters share: it knows no port");

    static final ArchRule STORE_CODEC_DEPENDS_ONLY_ON_DOMAIN_PORTS_AND_JACKSON = classes()
            .that().resideInAPackage("dev.reckon.store.codec..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                    "dev.reckon.domain..", "dev.reckon.application.port..", "dev.reckon.store.codec..")
            .because("what both stores write alike is a library they share: it knows neither store");

    static final ArchRule REPORT_CONTRACT_DEPENDS_ONLY_ON_DOMAIN_AND_PORTS = classes()
            .that().resideInAPackage("dev.reckon.report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.reckon.domain..",
                    "dev.reckon.application.port..", "dev.reckon.report..")
            .because("the report's JSON shape presents what a use case answers, as the adapters that share it see it");

    static final ArchRule DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES = packagesFreeOfCycles("dev.reckon.domain");
    static final ArchRule APPLICATION_PACKAGES_ARE_FREE_OF_CYCLES = packagesFreeOfCycles("dev.reckon.application");
    static final ArchRule FILE_ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES = packagesFreeOfCycles("dev.reckon.adapter.file");
    static final ArchRule REST_ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES = packagesFreeOfCycles("dev.reckon.adapter.rest");

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith(jakarta.inject.Inject.class)
            .orShould().beAnnotatedWith(com.google.inject.Inject.class)
            .because("dependencies arrive through constructors, so objects are complete when built");

    /** Every package under {@code root}, with its sub-packages, is one slice; no slice may reach itself again. */
    private static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("a cycle between packages makes them one package in all but name: neither can be read,"
                        + " tested or moved without the other");
    }

    private ArchitectureRules() {
    }
}
