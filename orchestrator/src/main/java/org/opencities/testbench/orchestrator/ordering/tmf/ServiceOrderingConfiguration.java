package org.opencities.testbench.orchestrator.ordering.tmf;

import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.ordering.OrderIntake;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The order intake as a bean, and who may use TMF641: operators and admins; lab managers may read. */
@Configuration(proxyBeanMethods = false)
class ServiceOrderingConfiguration {

    @Bean
    OrderIntake orderIntake(Segments segments, Services services) {
        return new OrderIntake(segments, services);
    }

    @Bean
    @Order(54)
    SecurityFilterChain serviceOrderingChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/tmf-api/serviceOrdering/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/tmf-api/serviceOrdering/**").hasAnyRole("OPERATOR", "LAB_MANAGER", "ADMIN")
                        .anyRequest().hasAnyRole("OPERATOR", "ADMIN"))
                // API callers present credentials on every request; there is no session to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/tmf-api/**"))
                .build();
    }
}
