package org.opencities.testbench.registry.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open the registration and SME portal pages: registering, confirming and the outbox's
 * developer page are open to anyone (that page exists only with the outbox sender); the portal
 * needs the SME role. {@code /sme/calls/**} belongs to the open calls' pages and is left to their chain.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(27)
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/register", "/register/**", "/dev/mail", "/sme", "/sme/apps/**", "/sme/pilots/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/register", "/register/**", "/dev/mail").permitAll()
                        .anyRequest().hasRole("SME"))
                .build();
    }
}
