package org.opencities.testbench.orchestrator.standalone;

import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.platform.Platform;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The orchestrator on its own, for the distributed mode: external broker and PostgreSQL, callers
 * authenticated by JWT from the identity provider (roles in the {@code roles} claim).
 * Configuration: {@code orchestrator.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({Platform.class, OrchestratorModule.class})
public class OrchestratorApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as it starts from the command line; tests start it the same way. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(OrchestratorApplication.class).properties("spring.config.name=orchestrator");
    }

    @Bean
    Customizer<HttpSecurity> jwtCallers() {
        return http -> http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
    }
}
