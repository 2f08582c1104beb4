package org.opencities.testbench.orchestrator;

import org.opencities.testbench.orchestrator.platform.Platform;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The orchestrator module in a process of its own for tests: real in-memory H2, real embedded
 * Artemis, callers with HTTP basic credentials. Configuration: {@code orchestrator-test.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({Platform.class, OrchestratorModule.class})
public class OrchestratorTestApplication {

    /** Starts it as tests do; pass {@code --server.port=0} and any overrides as arguments to {@code run}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(OrchestratorTestApplication.class)
                .properties("spring.config.name=orchestrator-test");
    }

    @Bean
    Customizer<HttpSecurity> basicAuthentication() {
        return http -> http.httpBasic(Customizer.withDefaults());
    }

    /**
     * Plain-text test passwords, looked up through a plain {@code UserDetailsService}: the in-memory
     * manager itself would let Spring Security upgrade each password to BCrypt at the first login,
     * which then costs every request with Basic credentials tens of milliseconds of CPU.
     */
    @Bean
    UserDetailsService users() {
        return testUsers()::loadUserByUsername;
    }

    private static InMemoryUserDetailsManager testUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("ADMIN").build(),
                User.withUsername("operator").password("{noop}operator").roles("OPERATOR").build(),
                User.withUsername("lab-helsinki").password("{noop}lab").authorities("ROLE_LAB_MANAGER", "CITY_helsinki").build(),
                User.withUsername("sme-demo").password("{noop}sme-demo").authorities("ROLE_SME", "ORGANISATION_sme-demo").build());
    }
}
