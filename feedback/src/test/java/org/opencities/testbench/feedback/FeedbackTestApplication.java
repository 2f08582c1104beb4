package org.opencities.testbench.feedback;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The feedback module in a process of its own for tests: real H2, real embedded Artemis. Users: an
 * administrator, lab managers of Helsinki and of Berlin (cities as {@code CITY_*} authorities), an SME
 * of no organisation, SMEs acting for {@code org-velo} and {@code org-other} ({@code ORGANISATION_*}),
 * and a network operator.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(FeedbackModule.class)
public class FeedbackTestApplication {

    @Bean
    Customizer<HttpSecurity> basicAuthentication() {
        return http -> http.httpBasic(Customizer.withDefaults());
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("ADMIN").build(),
                User.withUsername("lab-helsinki").password("{noop}lab").authorities("ROLE_LAB_MANAGER", "CITY_helsinki").build(),
                User.withUsername("lab-berlin").password("{noop}lab").authorities("ROLE_LAB_MANAGER", "CITY_berlin").build(),
                User.withUsername("sme").password("{noop}sme").roles("SME").build(),
                User.withUsername("sme-velo").password("{noop}sme").authorities("ROLE_SME", "ORGANISATION_org-velo").build(),
                User.withUsername("sme-other").password("{noop}sme").authorities("ROLE_SME", "ORGANISATION_org-other").build(),
                User.withUsername("operator").password("{noop}operator").roles("OPERATOR").build());
    }
}
