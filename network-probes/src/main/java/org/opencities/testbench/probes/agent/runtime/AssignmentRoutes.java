package org.opencities.testbench.probes.agent.runtime;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Hands each assignment this agent's selector took from the queue to {@link Assignments} by its
 * CloudEvents type. A failure rolls the JMS transaction back, so the broker redelivers it.
 */
@Component
@ConditionalOnBooleanProperty("testbench.probes.agent.enabled")
class AssignmentRoutes extends RouteBuilder {

    /** Where the probes' inbox delivers the assignments, unpacked and seen once. */
    static final String ASSIGNMENTS = "direct:probe-assignments";

    private final Assignments assignments;

    AssignmentRoutes(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void configure() {
        from(ASSIGNMENTS)
                .routeId("probe-assignments")
                .routeGroup("probes")
                .convertBodyTo(String.class)
                .choice().id("probe-assignment-by-type")
                    .when(header("ce_type").isEqualTo("measure.schedule"))
                        .process(exchange -> assignments.schedule(exchange.getIn().getBody(String.class)))
                        .id("schedule-task")
                    .when(header("ce_type").isEqualTo("measure.activation"))
                        .process(exchange -> assignments.activation(exchange.getIn().getBody(String.class)))
                        .id("schedule-activation")
                    .when(header("ce_type").isEqualTo("measure.cancel"))
                        .process(exchange -> assignments.cancel(exchange.getIn().getBody(String.class)))
                        .id("cancel-task")
                    .otherwise()
                        .log(LoggingLevel.WARN, "Probe agent got an assignment of unknown type ${header.ce_type}; acknowledged")
                        .id("ignore-unknown-assignment")
                .end();
    }
}
