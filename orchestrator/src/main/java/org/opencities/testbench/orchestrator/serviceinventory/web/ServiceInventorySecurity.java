package org.opencities.testbench.orchestrator.serviceinventory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may read TMF638: operators, lab managers and admins; nobody writes through HTTP. */
@Configuration(proxyBeanMethods = false)
class ServiceInventorySecurity {

    @Bean
    @Order(55)
    SecurityFilterChain serviceInventoryChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/tmf-api/serviceInventory/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("OPERATOR", "LAB_MANAGER", "ADMIN"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/tmf-api/**"))
                .build();
    }
}
