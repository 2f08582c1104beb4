package org.opencities.testbench.orchestrator.provisioning.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
    public CompletionStage<Void> check(Service service) {
        if (!settings.pass()) {
            return CompletableFuture.failedFuture(
                    new Failed(settings.failure() + " for " + service.id() + " on " + service.segment()));
        }
        return CompletableFuture.completedFuture(null);
    }
}
