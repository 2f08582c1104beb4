package org.opencities.testbench.orchestrator.provisioning.camel;

import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.springframework.stereotype.Component;

/**
 * The saga over Artemis: one command per order item on the provisioning queue (sent through the
 * outbox by {@link ProvisioningCommands}); the consumer claims the item's saga and a dynamic router
 * runs its steps from the stored one, each step a route of its own. A timer route resumes stalled
 * sagas (and items that have no saga).
 * <p>
 * Commands are acknowledged lazily, in batches (JMS's {@code DUPS_OK_ACKNOWLEDGE}): a command only
 * tells the consumer to run a saga whose state is in the database, so the commands not yet
 * acknowledged when the process stops come again and find their sagas ended, claimed, or to be
 * resumed, as any copy of a command does. Acknowledging each command alone cost the broker a
 * packet, a synced journal record and five to six hand-overs between threads per order
 * (docs/performance.md, tenth session).
 */
@Component
class ProvisioningRoutes extends RouteBuilder {

    private final OrchestratorProperties orchestrator;
    private final ProvisioningProperties properties;
    private final ProvisioningSteps steps;
    private final ProvisioningResume resume;
    private final ProvisioningCommands commands;

    ProvisioningRoutes(OrchestratorProperties orchestrator, ProvisioningProperties properties, ProvisioningSteps steps,
            ProvisioningResume resume, ProvisioningCommands commands) {
        this.orchestrator = orchestrator;
        this.properties = properties;
        this.steps = steps;
        this.resume = resume;
        this.commands = commands;
    }

    @Override
    public void configure() {
        String queue = orchestrator.messaging().provisioning();

        fromF("jms:queue:%s?acknowledgementModeName=DUPS_OK_ACKNOWLEDGE&concurrentConsumers=%d&maxConcurrentConsumers=%d",
                queue, properties.concurrentConsumers(), properties.concurrentConsumers())
                .routeId("provision-item")
                .routeGroup("provisioning")
                .autoStartup(properties.autoStartup())
                .process(steps::claim).id("claim-saga")
                .filter(exchangeProperty(ProvisioningSteps.RUN).isNotNull()).id("skip-saga-run-elsewhere")
                    .dynamicRouter(method(steps, "next")).id("run-saga-steps")
                .end();

        for (ProvisioningStep step : ProvisioningStep.values()) {
            from(ProvisioningSteps.endpoint(step))
                    .routeId("provisioning-" + step.label())
                    .routeGroup("provisioning")
                    .routeConfigurationId(step.forward() ? ProvisioningErrorHandling.FORWARD : ProvisioningErrorHandling.BACKWARD)
                    .process(steps.processor(step)).id(step.label() + "-step");
        }

        fromF("timer:provisioning-resume?delay=%d&period=%d", 1_000, properties.resumeEvery().toMillis())
                .routeId("resume-provisioning")
                .routeGroup("provisioning")
                .autoStartup(properties.autoStartup())
                .process(exchange -> resume.stalled().forEach(commands::send)).id("resend-provisioning-commands");
    }
}
