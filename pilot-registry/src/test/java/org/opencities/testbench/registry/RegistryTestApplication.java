package org.opencities.testbench.registry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The registry module in a process of its own for tests: real H2, real embedded Artemis. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RegistryModule.class)
public class RegistryTestApplication {

    @Bean
    Customizer<HttpSecurity> basicAuthentication() {
        return http -> http.httpBasic(Customizer.withDefaults()).formLogin(Customizer.withDefaults());
    }

    /** The login form and logout, which in a full process the platform's catch-all chain serves. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain loginPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("ADMIN").build(),
                User.withUsername("lab-helsinki").password("{noop}lab").authorities("ROLE_LAB_MANAGER", "CITY_helsinki").build(),
                User.withUsername("lab-gent").password("{noop}lab").authorities("ROLE_LAB_MANAGER", "CITY_gent").build(),
                User.withUsername("sme-a").password("{noop}sme").authorities("ROLE_SME", "ORGANISATION_org-a").build(),
                User.withUsername("operator").password("{noop}operator").roles("OPERATOR").build(),
                User.withUsername("sme-demo").password("{noop}sme-demo").authorities("ROLE_SME", "ORGANISATION_sme-demo").build(),
                User.withUsername("lab").password("{noop}lab").roles("LAB_MANAGER").build());
    }
}
