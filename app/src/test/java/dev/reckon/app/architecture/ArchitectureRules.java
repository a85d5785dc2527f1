package dev.reckon.app.architecture;

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
            .because("services use jakarta.inject; Guice belongs to the assembly in app");

    static final ArchRule NO_ADAPTER_DEPENDS_ON_ANOTHER = slices()
            .matching("dev.reckon.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("only app sees every adapter");

    static final ArchRule PORTS_NEVER_DEPEND_ON_SERVICES = noClasses()
            .that().resideInAPackage("dev.reckon.application.port..")
            .should().dependOnClassesThat().resideInAPackage("dev.reckon.application.service..")
            .because("ports describe what is needed; services implement them");

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith(jakarta.inject.Inject.class)
            .orShould().beAnnotatedWith(com.google.inject.Inject.class)
            .because("dependencies arrive through constructors, so objects are complete when built");

    private ArchitectureRules() {
    }
}
