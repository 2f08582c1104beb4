package org.opencities.testbench.orchestrator.driver.simulated;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Only administrators may change or read the simulated OLT. */
@Configuration(proxyBeanMethods = false)
class SimulatedDriverSecurity {

    @Bean
    @Order(57)
    SecurityFilterChain simulatedDriverChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/drivers/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
