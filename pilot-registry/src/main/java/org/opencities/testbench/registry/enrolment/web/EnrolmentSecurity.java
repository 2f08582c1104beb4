package org.opencities.testbench.registry.enrolment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the consent, enrolment and tester paths. Testers have no account: the invitation
 * token in the request admits them to enrol, and the tester token they receive admits them to
 * their own enrolment, checked by the controllers. Invitations and a pilot's enrolments live under
 * {@code /api/v1/pilots/**} and follow the pilots' chain, with object-level checks in their controllers.
 */
@Configuration(proxyBeanMethods = false)
class EnrolmentSecurity {

    @Bean
    @Order(25)
    SecurityFilterChain enrolmentApiChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/consents", "/api/v1/consents/**", "/api/v1/enrolments",
                        "/api/v1/enrolments/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/consents", "/api/v1/consents/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/consents").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/enrolments", "/api/v1/enrolments/me/withdraw")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/enrolments/me").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

    @Bean
    @Order(28)
    SecurityFilterChain enrolmentPageChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/enrol/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/enrol/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/enrol/*", "/enrol/me/*/withdraw").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
