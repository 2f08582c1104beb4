package org.opencities.testbench.registry.account.service;

import java.util.List;

import org.opencities.testbench.registry.account.Account;
import org.opencities.testbench.registry.account.Accounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Logging in with a registered account: the e-mail address and password, checked against the
 * BCrypt hash. A confirmed account gets {@code ROLE_SME} and {@code ORGANISATION_<id>}, so the
 * registry's object-level rules treat it like any other SME; an unconfirmed one is disabled.
 * <p>
 * The registry adds {@link #provider()} to every chain of the process, next to the process's own
 * users. It is not a bean itself: Spring Security would then drop those users from the global manager.
 */
@Component
public class AccountLogins {

    private final Accounts accounts;

    AccountLogins(Accounts accounts) {
        this.accounts = accounts;
    }

    /** An authentication provider over the registered accounts. */
    public AuthenticationProvider provider() {
        var provider = new DaoAuthenticationProvider(this::user);
        provider.setPasswordEncoder(Passwords.ENCODER);
        return provider;
    }

    UserDetails user(String email) {
        var account = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .disabled(!account.confirmed())
                .authorities(authorities(account))
                .build();
    }

    static List<SimpleGrantedAuthority> authorities(Account account) {
        return List.of(new SimpleGrantedAuthority("ROLE_SME"),
                new SimpleGrantedAuthority("ORGANISATION_" + account.organisation().value()));
    }
}
