package org.opencities.testbench.probes;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The probes module in a process of its own for tests: real H2, real embedded Artemis. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ProbesModule.class)
public class ProbesTestApplication {

    @Bean
    Customizer<HttpSecurity> basicAuthentication() {
        return http -> http.httpBasic(Customizer.withDefaults());
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("ADMIN").build(),
                User.withUsername("operator").password("{noop}operator").roles("OPERATOR").build());
    }
}
