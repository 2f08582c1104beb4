package org.opencities.testbench.orchestrator.provisioning.camel;

import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.springframework.stereotype.Component;

/**
 * The saga over Artemis: one command per order item on the provisioning queue; the consumer claims
 * the item's saga and a dynamic router runs its steps from the stored one, each step a route of
 * its own. A timer route resumes stalled sagas (and items that never got a command).
 */
@Component
class ProvisioningRoutes extends RouteBuilder {

    static final String COMMANDS = "direct:provisioning-commands";

    private final OrchestratorProperties orchestrator;
    private final ProvisioningProperties properties;
    private final ProvisioningSteps steps;
    private final ProvisioningResume resume;

    ProvisioningRoutes(OrchestratorProperties orchestrator, ProvisioningProperties properties, ProvisioningSteps steps,
            ProvisioningResume resume) {
        this.orchestrator = orchestrator;
        this.properties = properties;
        this.steps = steps;
        this.resume = resume;
    }

    @Override
    public void configure() {
        String queue = orchestrator.messaging().provisioning();

        from(COMMANDS)
                .routeId("send-provisioning-command")
                .routeGroup("provisioning")
                .setHeader(ProvisioningSteps.ORDER_ID, simple("${body.orderId}"))
                .setHeader(ProvisioningSteps.ITEM_ID, simple("${body.itemId}"))
                .setBody(simple("${body.orderId}/${body.itemId}"))
                .toF("jms:queue:%s", queue).id("enqueue-provisioning-command");

        fromF("jms:queue:%s?concurrentConsumers=%d&maxConcurrentConsumers=%d", queue, properties.concurrentConsumers(),
                properties.concurrentConsumers())
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
                .process(exchange -> exchange.getIn().setBody(resume.stalled())).id("find-stalled-sagas")
                .split(body())
                    .to(COMMANDS).id("resend-provisioning-command")
                .end();
    }
}
