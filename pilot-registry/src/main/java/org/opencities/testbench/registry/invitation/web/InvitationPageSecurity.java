package org.opencities.testbench.registry.invitation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The lab managers' recruiting pages: for lab managers and administrators; which pilots each may
 * recruit for is decided per pilot by {@link PilotAccess}. Forms carry CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class InvitationPageSecurity {

    @Bean
    @Order(29)
    SecurityFilterChain invitationPagesChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/lab/pilots", "/lab/pilots/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("ADMIN", "LAB_MANAGER"))
                .build();
    }
}
