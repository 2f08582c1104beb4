package org.opencities.testbench.registry.call.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the calls' API and pages by role. Which call, application and score each caller may
 * see or change is decided per object by {@link CallAccess}.
 */
@Configuration(proxyBeanMethods = false)
class CallSecurity {

    @Bean
    @Order(23)
    SecurityFilterChain callApiChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/calls", "/api/v1/calls/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calls/*/**").hasAnyRole("ADMIN", "LAB_MANAGER", "SME")
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls/*/applications",
                                "/api/v1/calls/*/applications/*/withdrawal").hasRole("SME")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/calls/*/applications/*/score").hasRole("LAB_MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls/*/applications/*/conflict").hasRole("LAB_MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls", "/api/v1/calls/*/transitions",
                                "/api/v1/calls/*/award").hasAnyRole("ADMIN", "LAB_MANAGER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/calls/*", "/api/v1/calls/*/jurors")
                        .hasAnyRole("ADMIN", "LAB_MANAGER")
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

    @Bean
    @Order(26)
    SecurityFilterChain callPageChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/calls", "/calls/**", "/sme/calls/**", "/lab/calls", "/lab/calls/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/calls", "/calls/**").permitAll()
                        .requestMatchers("/sme/calls/**").hasRole("SME")
                        .requestMatchers("/lab/calls", "/lab/calls/**").hasAnyRole("ADMIN", "LAB_MANAGER")
                        .anyRequest().denyAll())
                .build();
    }
}
