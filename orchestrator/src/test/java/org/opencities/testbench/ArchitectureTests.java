package org.opencities.testbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dependency rules of the reactor, checked on the compiled classes of all four service
 * modules (the orchestrator's test classpath holds them all).
 */
class ArchitectureTests {

    private static final String BASE = "org.opencities.testbench.";

    /** Feature packages one level below a module root, leaving out the adapter and wiring packages (the probes command line among them). */
    private static final Pattern DOMAIN = Pattern.compile(Pattern.quote(BASE)
            + "(registry|feedback|probes|orchestrator)\\.(?!messaging$|web$|demo$|platform$|singlenode$|standalone$|cli$)[a-z]+");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opencities.testbench");
    }

    @ParameterizedTest(name = "{0} uses no other module")
    @ValueSource(strings = {"registry", "feedback", "probes"})
    void serviceModulesShareNothingButMessagesAndRest(String module) {
        noClasses().that().resideInAPackage(BASE + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules(module))
                .check(classes);
    }

    @Test
    void orchestratorCodeTalksToOtherModulesOnlyThroughMessages() {
        noClasses().that().resideInAPackage(BASE + "orchestrator..")
                .and().resideOutsideOfPackage(BASE + "orchestrator.singlenode..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("orchestrator"))
                .check(classes);
    }

    @Test
    void singleNodeAssemblyStartsOtherModulesOnlyThroughTheirModuleConfiguration() {
        noClasses().that().resideInAPackage(BASE + "orchestrator.singlenode..")
                .should().dependOnClassesThat(DescribedPredicate.describe("another module's internals",
                        (JavaClass target) -> target.getPackageName().matches(
                                Pattern.quote(BASE) + "(registry|feedback|probes)(\\..*)?")
                                && !target.getSimpleName().endsWith("Module")))
                .check(classes);
    }

    @Test
    void domainPackagesUseNoFrameworkTypes() {
        noClasses().that(DescribedPredicate.describe("are in a domain package",
                        (JavaClass type) -> DOMAIN.matcher(type.getPackageName()).matches()))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.camel..", "jakarta.jms..", "jakarta.servlet..",
                        "jakarta.persistence..", "io.cloudevents..", "tools.jackson..", "com.fasterxml.jackson..")
                .check(classes);
    }

    private static String[] otherModules(String module) {
        return Stream.of("registry", "feedback", "probes", "orchestrator")
                .filter(other -> !other.equals(module))
                .map(other -> BASE + other + "..")
                .toArray(String[]::new);
    }
}
