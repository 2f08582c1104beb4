package org.opencities.testbench.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the feedback module's paths. How callers authenticate (local users in single-node
 * mode, JWT in production) is the process's choice, applied to every chain by its
 * {@code Customizer<HttpSecurity>}; this chain only scopes and authorises. Testers have no account:
 * their paths are open here and the personal token in {@code X-Tester-Token} admits each to their
 * own campaign answers only. Questionnaires are written by administrators and lab managers; which
 * campaigns a lab manager runs (those of its cities' pilots) is checked per object. A pilot's report
 * (API and page) needs a signed-in caller; whose reports each reads is checked per pilot, so that
 * operators and outsiders get a 403 problem. The tester page ({@code /feedback/t/{token}/...}) is
 * open: the token in its address admits the tester, and its forms carry CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSecurity {

    @Bean
    @Order(30)
    SecurityFilterChain feedbackChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/instruments/**", "/feedback/**", "/api/v1/questionnaires/**",
                        "/api/v1/campaigns/**", "/api/v1/pilots/*/report", "/api/v1/pilots/*/report/**", "/api/v1/tester",
                        "/api/v1/tester/**", "/api/v1/pilots/*/qoe-qos")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/feedback/pilots/**", "/api/v1/pilots/*/report",
                                "/api/v1/pilots/*/report/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/feedback/t/*/campaigns/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/instruments/**", "/feedback/**").permitAll()
                        // Scoring stores nothing and reveals nothing beyond the published rules.
                        .requestMatchers(HttpMethod.POST, "/api/v1/instruments/*/score").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/campaigns/*/questionnaire").permitAll()
                        .requestMatchers("/api/v1/campaigns/*/responses", "/api/v1/campaigns/*/responses/draft").permitAll()
                        // A tester's own data: the token in X-Tester-Token (or in the page's path) admits.
                        .requestMatchers("/api/v1/tester", "/api/v1/tester/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/feedback/t/*/my-data/erase").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/pilots/*/qoe-qos").hasAnyRole("ADMIN", "LAB_MANAGER", "SME")
                        .requestMatchers("/api/v1/questionnaires/**", "/api/v1/campaigns/**").hasAnyRole("ADMIN", "LAB_MANAGER")
                        .anyRequest().hasRole("ADMIN"))
                // API callers present credentials on every request; CSRF protects the pages' forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
