package org.opencities.testbench.probes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule: adapters depend on the domain, the domain on nothing but the JDK. */
class ProbesArchitectureTests {

    private static final JavaClasses PROBES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opencities.testbench.probes");

    @Test
    void keepsTheAgentDomainFreeOfFrameworksAndAdapters() {
        classes().that().resideInAPackage("..probes.agent")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..probes.agent")
                .check(PROBES);
    }

    @Test
    void keepsTheScheduleDomainFreeOfFrameworksAndAdapters() {
        classes().that().resideInAPackage("..probes.schedule")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..probes.schedule", "..probes.spec..",
                        "..probes.result..")
                .check(PROBES);
    }

    @Test
    void keepsTheHistoryDomainFreeOfFrameworksAndAdapters() {
        classes().that().resideInAPackage("..probes.history")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..probes.history")
                .check(PROBES);
    }

    @Test
    void keepsTheSlaDomainFreeOfFrameworksAndAdapters() {
        classes().that().resideInAPackage("..probes.sla")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..probes.sla", "..probes.history",
                        "org.opencities.testbench.probes")
                .check(PROBES);
    }

    @Test
    void keepsSpecsAndResultsFreeOfEverythingButTheJdk() {
        classes().that().resideInAnyPackage("..probes.spec..", "..probes.result..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..probes.spec..", "..probes.result..")
                .check(PROBES);
    }

    @Test
    void keepsTheToolsFreeOfFrameworksAndAdapters() {
        classes().that().resideInAPackage("..probes.tool..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net..", "..probes.spec..",
                        "..probes.result..", "..probes.tool..")
                .check(PROBES);
    }

    @Test
    void keepsTheCommandLineFreeOfSpring() {
        classes().that().resideInAPackage("..probes.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "picocli..", "tools.jackson..",
                        "..probes.spec..", "..probes.result..", "..probes.tool..", "..probes.cli..")
                .check(PROBES);
    }
}
