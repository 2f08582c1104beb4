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
}
