package org.opencities.testbench.orchestrator.inventory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the topology and feasibility APIs and the operator pages: operators and admins
 * write, lab managers read. The pages keep CSRF protection; the APIs take credentials on every call.
 */
@Configuration(proxyBeanMethods = false)
class InventorySecurity {

    @Bean
    @Order(51)
    SecurityFilterChain inventoryApiChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/topology/**", "/api/v1/feasibility/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/topology/**").hasAnyRole("OPERATOR", "LAB_MANAGER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/feasibility").hasAnyRole("OPERATOR", "LAB_MANAGER", "ADMIN")
                        .anyRequest().hasAnyRole("OPERATOR", "ADMIN"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

    @Bean
    @Order(52)
    SecurityFilterChain operatorPagesChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/operator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("OPERATOR", "ADMIN"))
                .build();
    }
}
