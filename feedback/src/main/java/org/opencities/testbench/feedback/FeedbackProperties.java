package org.opencities.testbench.feedback;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback module ({@code testbench.feedback.*}).
 *
 * @param messaging where the module publishes and what it consumes
 * @param reports how reports protect testers' privacy
 * @param outbox how the outbox relay sends the module's events
 * @param submissions how submissions are stored
 */
@ConfigurationProperties("testbench.feedback")
public record FeedbackProperties(@DefaultValue Messaging messaging, @DefaultValue Reports reports, @DefaultValue Outbox outbox,
        @DefaultValue Submissions submissions) {

    /**
     * @param batch the most submissions stored in one database transaction (each in a savepoint of its own)
     */
    public record Submissions(@DefaultValue("64") int batch) {

        public Submissions {
            if (batch < 1) {
                throw new IllegalArgumentException("testbench.feedback.submissions.batch must be at least 1");
            }
        }
    }

    /**
     * @param batch the most events sent in one broker transaction and deleted with one statement
     * @param pollEvery how often the relay looks for events nobody woke it for: those left by a
     *     crash, by another replica, or by a send that failed (it also waits this long after a failure)
     */
    public record Outbox(@DefaultValue("200") int batch, @DefaultValue("1s") Duration pollEvery) {

        public Outbox {
            if (batch < 1) {
                throw new IllegalArgumentException("testbench.feedback.outbox.batch must be at least 1");
            }
        }
    }

    /**
     * @param minimumAnswers fewest answers an aggregate (a score, an item's distribution, an open-data
     *     cell) must rest on to be shown; below it the report says "too few answers" and shows no figures
     */
    public record Reports(@DefaultValue("5") int minimumAnswers) {

        public Reports {
            if (minimumAnswers < 1) {
                throw new IllegalArgumentException("testbench.feedback.reports.minimum-answers must be at least 1");
            }
        }
    }

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
