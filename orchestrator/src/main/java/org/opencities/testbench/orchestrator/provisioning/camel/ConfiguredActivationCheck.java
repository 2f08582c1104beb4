package org.opencities.testbench.orchestrator.provisioning.camel;

import org.opencities.testbench.orchestrator.provisioning.ActivationCheck;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.springframework.stereotype.Component;

/** Passes or fails every service as {@code testbench.orchestrator.provisioning.activation.*} says. */
@Component
class ConfiguredActivationCheck implements ActivationCheck {

    private final ProvisioningProperties.Activation settings;

    ConfiguredActivationCheck(ProvisioningProperties properties) {
        this.settings = properties.activation();
    }

    @Override
    public void check(Service service) {
        if (!settings.pass()) {
            throw new Failed(settings.failure() + " for " + service.id() + " on " + service.segment());
        }
    }
}
