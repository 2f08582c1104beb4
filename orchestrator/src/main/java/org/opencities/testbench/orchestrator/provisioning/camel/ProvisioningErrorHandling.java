package org.opencities.testbench.orchestrator.provisioning.camel;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.springframework.stereotype.Component;

/**
 * Error handling shared by the saga's step routes. Transient driver failures are tried again with
 * exponential backoff, a bounded number of times; anything else, or a transient failure that
 * outlasts its retries, makes a forward step record the failure and lets the saga back out. A
 * backing-out step that fails for good leaves the saga where it is, for the resume sweep.
 */
@Component
class ProvisioningErrorHandling extends RouteConfigurationBuilder {

    static final String FORWARD = "provisioning-forward";
    static final String BACKWARD = "provisioning-backward";

    private final ProvisioningProperties properties;
    private final ProvisioningSteps steps;

    ProvisioningErrorHandling(ProvisioningProperties properties, ProvisioningSteps steps) {
        this.properties = properties;
        this.steps = steps;
    }

    @Override
    public void configuration() {
        routeConfiguration(FORWARD)
                .onException(DriverFailure.class).onWhen(ProvisioningErrorHandling::transientFailure)
                    .maximumRedeliveries(properties.retries())
                    .redeliveryDelay(properties.initialBackoff().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2)
                    .maximumRedeliveryDelay(properties.maxBackoff().toMillis())
                    .onRedelivery(steps::retrying)
                    .continued(true)
                    .process(steps::recordFailure).id("record-failure-after-retries")
                .end()
                .onException(Exception.class)
                    .maximumRedeliveries(0)
                    .continued(true)
                    .process(steps::recordFailure).id("record-failure")
                .end();

        routeConfiguration(BACKWARD)
                .onException(DriverFailure.class).onWhen(ProvisioningErrorHandling::transientFailure)
                    .maximumRedeliveries(properties.retries())
                    .redeliveryDelay(properties.initialBackoff().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2)
                    .maximumRedeliveryDelay(properties.maxBackoff().toMillis())
                    .onRedelivery(steps::retrying)
                .end();
    }

    private static boolean transientFailure(Exchange exchange) {
        return exchange.getException() instanceof DriverFailure failure && failure.transientFailure();
    }
}
