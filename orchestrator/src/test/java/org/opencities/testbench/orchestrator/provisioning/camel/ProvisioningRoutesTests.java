package org.opencities.testbench.orchestrator.provisioning.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;

/**
 * The saga's routes with the broker replaced by {@code direct:} and the steps by recorders: the
 * dynamic router runs what the stored state says, and the shared error handling retries transient
 * driver failures only, then lets the saga back out.
 */
class ProvisioningRoutesTests {

    static final ProvisioningProperties PROPERTIES = new ProvisioningProperties(1, Duration.ofSeconds(1), 2,
            Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(1), 10,
            new ProvisioningProperties.Activation(true, "fails"), 64, true);

    DefaultCamelContext camel;
    ProvisioningSteps steps;
    List<ProvisioningStep> ran = new CopyOnWriteArrayList<>();
    Map<ProvisioningStep, Exception> failures = new ConcurrentHashMap<>();

    @BeforeEach
    void routes() throws Exception {
        steps = mock(ProvisioningSteps.class);
        when(steps.processor(any())).thenAnswer(call -> {
            ProvisioningStep step = call.getArgument(0);
            return (Processor) exchange -> {
                ran.add(step);
                var failure = failures.get(step);
                if (failure != null) {
                    throw failure;
                }
            };
        });
        doAnswer(call -> {
            Exchange exchange = call.getArgument(0);
            // the recorders never look inside the run; only whether there is one matters to the route
            exchange.setProperty(ProvisioningSteps.RUN, exchange.getIn().getHeader("claimable", true, Boolean.class) ? "run" : null);
            return null;
        }).when(steps).claim(any());
        var messaging = new OrchestratorProperties.Messaging("testbench.service.events", "testbench.orders", List.of(),
                "testbench.alarms", "testbench.provisioning");
        camel = new DefaultCamelContext();
        camel.addRoutes(new ProvisioningErrorHandling(PROPERTIES, steps));
        camel.addRoutes(new ProvisioningRoutes(new OrchestratorProperties(false, messaging, new OrchestratorProperties.Admission(0.1, 2.0)), PROPERTIES, steps,
                mock(ProvisioningResume.class), mock(ProvisioningCommands.class)));
        AdviceWith.adviceWith(camel, "provision-item", route -> route.replaceFromWith("direct:provision"));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void runsTheStoredStepsUntilTheSagaEnds() {
        when(steps.next(any())).thenReturn(ProvisioningSteps.endpoint(ProvisioningStep.VALIDATE),
                ProvisioningSteps.endpoint(ProvisioningStep.FEASIBILITY), null);

        camel.createProducerTemplate().sendBody("direct:provision", "so-1/1");

        assertThat(ran).containsExactly(ProvisioningStep.VALIDATE, ProvisioningStep.FEASIBILITY);
    }

    @Test
    void leavesASagaAnotherRunnerHoldsAlone() {
        camel.createProducerTemplate().sendBodyAndHeader("direct:provision", "so-1/1", "claimable", false);

        verify(steps, never()).next(any());
        assertThat(ran).isEmpty();
    }

    @Test
    void retriesATransientDriverFailureThenBacksOut() {
        failures.put(ProvisioningStep.CONFIGURE, new DriverFailure("OLT busy", true));
        when(steps.next(any())).thenReturn(ProvisioningSteps.endpoint(ProvisioningStep.CONFIGURE),
                ProvisioningSteps.endpoint(ProvisioningStep.REMOVE_CONFIGURATION), null);

        var exchange = camel.createProducerTemplate().send("direct:provision", e -> e.getIn().setBody("so-1/1"));

        assertThat(exchange.getException()).isNull();
        assertThat(ran).containsExactly(ProvisioningStep.CONFIGURE, ProvisioningStep.CONFIGURE, ProvisioningStep.CONFIGURE,
                ProvisioningStep.REMOVE_CONFIGURATION);
        verify(steps, times(2)).retrying(any());
        verify(steps).recordFailure(any());
    }

    @Test
    void doesNotRetryAPermanentFailure() {
        failures.put(ProvisioningStep.CONFIGURE, new DriverFailure("profile refused", false));
        when(steps.next(any())).thenReturn(ProvisioningSteps.endpoint(ProvisioningStep.CONFIGURE), null);

        camel.createProducerTemplate().sendBody("direct:provision", "so-1/1");

        assertThat(ran).containsExactly(ProvisioningStep.CONFIGURE);
        verify(steps, never()).retrying(any());
        verify(steps).recordFailure(any());
    }

    @Test
    void leavesABackingOutStepThatKeepsFailingForTheResumeSweep() {
        failures.put(ProvisioningStep.REMOVE_CONFIGURATION, new DriverFailure("OLT busy", true));
        when(steps.next(any())).thenReturn(ProvisioningSteps.endpoint(ProvisioningStep.REMOVE_CONFIGURATION), null);

        var exchange = camel.createProducerTemplate().send("direct:provision", e -> e.getIn().setBody("so-1/1"));

        assertThat(exchange.getException()).isInstanceOf(DriverFailure.class);
        assertThat(ran).hasSize(3);
        verify(steps, never()).recordFailure(any());
    }
}
