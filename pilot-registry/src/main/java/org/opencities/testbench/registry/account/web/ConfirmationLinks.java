package org.opencities.testbench.registry.account.web;

import org.opencities.testbench.registry.RegistryProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of the confirmation page for mails: under the configured public URL, or
 * else under the address the current request came to (fine for single-node mode; a deployment
 * behind a proxy sets {@code testbench.registry.mail.public-url}).
 */
@Component
class ConfirmationLinks {

    static final String PAGE = "/register/confirm";

    private final String publicUrl;

    ConfirmationLinks(RegistryProperties properties) {
        this.publicUrl = properties.mail().publicUrl().replaceAll("/+$", "");
    }

    String page() {
        if (!publicUrl.isEmpty()) {
            return publicUrl + PAGE;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(PAGE).build().toUriString();
    }
}
