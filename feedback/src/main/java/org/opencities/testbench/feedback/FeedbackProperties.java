package org.opencities.testbench.feedback;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback module ({@code testbench.feedback.*}).
 *
 * @param messaging where the module publishes and what it consumes
 */
@ConfigurationProperties("testbench.feedback")
public record FeedbackProperties(@DefaultValue Messaging messaging) {

    /**
     * @param feedbackEvents multicast address the module publishes campaign and response events to
     * @param inbound multicast addresses the module follows, each under its own durable shared
     *     subscription so that replicas compete for its messages
     */
    public record Messaging(@DefaultValue("testbench.feedback.events") String feedbackEvents,
            @DefaultValue({"testbench.pilot.events", "testbench.service.events", "testbench.probe.measurements"})
            List<String> inbound) {
    }
}
