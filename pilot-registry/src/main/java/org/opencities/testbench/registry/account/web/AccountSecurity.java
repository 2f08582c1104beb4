package org.opencities.testbench.registry.account.web;

import org.opencities.testbench.registry.RegistryProperties;
import org.opencities.testbench.registry.account.service.AccountLogins;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Registration and confirmation are open to anyone: the visitor has no account yet. The list of an
 * organisation's users lies under the organisations' paths, whose chain admits SMEs to it.
 * <p>
 * Registered accounts log in with whatever the process offers (a login form, HTTP Basic), checked
 * before the process's own users; a process without such a login (JWT only) ignores them.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    /** Before the idempotency filter, so that replays count too: each is a request someone sent. */
    @Bean
    FilterRegistrationBean<RegistrationRateLimit> registrationRateLimit(RegistryProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new RegistrationRateLimit(properties.accounts().registrationsPerMinute()));
        registration.addUrlPatterns("/api/v1/registrations", "/api/v1/registrations/resend", "/register",
                "/register/resend");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    Customizer<HttpSecurity> registeredAccountLogins(AccountLogins accounts) {
        return http -> http.authenticationProvider(accounts.provider());
    }

    @Bean
    @Order(24)
    SecurityFilterChain accountChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/registrations", "/api/v1/registrations/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/registrations", "/api/v1/registrations/confirm",
                                "/api/v1/registrations/resend")
                        .permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
