package org.opencities.testbench.orchestrator.singlenode;

import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.platform.Platform;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.registry.RegistryModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The whole test bench in one JVM: all four service modules, an embedded Artemis broker with a
 * persistent journal and an embedded H2 database, both under {@code ./data}, demo users and demo
 * data, and a local probe agent with its STAMP reflector on loopback measuring every demo segment. Configuration: {@code testbench.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({Platform.class, EmbeddedBroker.class, DemoUsers.class, DemoProbing.class,
        RegistryModule.class, FeedbackModule.class, ProbesModule.class, OrchestratorModule.class})
public class TestbenchApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The assembly as it starts from the command line; tests start it the same way. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(TestbenchApplication.class).properties("spring.config.name=testbench");
    }
}
