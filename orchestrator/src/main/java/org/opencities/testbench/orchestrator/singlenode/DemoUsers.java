package org.opencities.testbench.orchestrator.singlenode;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Local demo users of the single-node mode, all with the password from
 * {@code TESTBENCH_DEMO_PASSWORD}. Passwords are kept only as BCrypt hashes. Pages log in with a
 * form, API callers with HTTP Basic. Only the single-node assembly imports this class.
 * <p>
 * SMEs that registered themselves log in the same ways: the registry adds its own authentication
 * provider for its confirmed accounts to every chain, ahead of these users.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoUsers.Settings.class)
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /**
     * @param password the demo password, shared by all demo users
     * @param users who may log in, with their roles and the city or organisation they act for
     */
    @ConfigurationProperties("testbench.single-node")
    record Settings(String password, @DefaultValue List<DemoUser> users) {
    }

    /** A demo user; {@code city} binds a lab manager, {@code organisation} an SME. */
    record DemoUser(String name, List<String> roles, String city, String organisation) {
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager demoUserDetails(Settings settings, PasswordEncoder encoder) {
        if (settings.password() == null || settings.password().isBlank()) {
            throw new IllegalStateException("testbench.single-node.password is empty: set TESTBENCH_DEMO_PASSWORD");
        }
        String hash = encoder.encode(settings.password());
        var users = settings.users().stream().map(user -> {
            var authorities = new ArrayList<SimpleGrantedAuthority>();
            user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            if (user.city() != null) {
                authorities.add(new SimpleGrantedAuthority("CITY_" + user.city()));
            }
            if (user.organisation() != null) {
                authorities.add(new SimpleGrantedAuthority("ORGANISATION_" + user.organisation()));
            }
            return User.withUsername(user.name()).password(hash).authorities(authorities).build();
        }).toList();
        log.info("Single-node demo users: {}", settings.users().stream().map(DemoUser::name).toList());
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    Customizer<HttpSecurity> localLogin() {
        return http -> http
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults());
    }
}
