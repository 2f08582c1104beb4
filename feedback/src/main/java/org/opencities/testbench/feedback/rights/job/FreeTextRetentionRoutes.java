package org.opencities.testbench.feedback.rights.job;

import java.time.Instant;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Runs the free-text purge on a timer; the purge itself decides, by lease, which replica works. */
@Component
class FreeTextRetentionRoutes extends RouteBuilder {

    private final FreeTextPurge purge;
    private final RightsProperties properties;

    FreeTextRetentionRoutes(FreeTextPurge purge, RightsProperties properties) {
        this.purge = purge;
        this.properties = properties;
    }

    @Override
    public void configure() {
        fromF("timer:feedback-free-text-retention?delay=%1$d&period=%1$d", properties.retentionEvery().toMillis())
                .routeId("feedback-free-text-retention")
                .routeGroup("feedback")
                .process(exchange -> purge.purge(Instant.now())).id("purge-free-text");
    }
}
