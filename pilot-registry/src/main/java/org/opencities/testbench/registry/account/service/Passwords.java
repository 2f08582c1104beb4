package org.opencities.testbench.registry.account.service;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How account passwords are hashed: BCrypt, with the algorithm's name stored in front of the hash
 * ({@code {bcrypt}...}) so that a later algorithm can take over without resetting passwords. Kept
 * out of the application context, where a process may have a password encoder of its own.
 */
final class Passwords {

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {
    }
}
