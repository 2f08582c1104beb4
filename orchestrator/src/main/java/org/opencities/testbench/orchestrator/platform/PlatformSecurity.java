package org.opencities.testbench.orchestrator.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The catch-all chain for paths no module claims: health probes, metrics, API documentation,
 * static resources and the login page. Every chain, the modules' too, gets the same security
 * headers through {@link #securityHeaders()}.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformSecurity {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain platformChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/metrics", "/login", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/favicon.ico",
                                "/registry/**", "/orchestrator/**")
                        .permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .build();
    }

    /** Security headers on every response, whichever chain serves it. */
    @Bean
    Customizer<HttpSecurity> securityHeaders() {
        return http -> http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
    }
}
