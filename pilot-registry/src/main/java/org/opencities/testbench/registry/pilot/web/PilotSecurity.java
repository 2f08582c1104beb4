package org.opencities.testbench.registry.pilot.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the pilots' API by role. Which pilots each caller sees is decided per object by
 * {@link Callers}: lab managers their cities' pilots, SMEs their organisation's.
 */
@Configuration(proxyBeanMethods = false)
class PilotSecurity {

    @Bean
    @Order(22)
    SecurityFilterChain pilotChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/pilots/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/pilots/**")
                        .hasAnyRole("ADMIN", "LAB_MANAGER", "SME", "OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/pilots/**").hasAnyRole("ADMIN", "LAB_MANAGER")
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
