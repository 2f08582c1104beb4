package org.opencities.testbench.feedback.reminder.job;

import java.time.Instant;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Runs the reminder round on a timer; the round decides, by lease, which replica works. */
@Component
class ReminderRoutes extends RouteBuilder {

    private final ReminderRound round;
    private final ReminderProperties properties;

    ReminderRoutes(ReminderRound round, ReminderProperties properties) {
        this.round = round;
        this.properties = properties;
    }

    @Override
    public void configure() {
        fromF("timer:feedback-reminders?delay=%1$d&period=%1$d", properties.every().toMillis())
                .routeId("feedback-reminders")
                .routeGroup("feedback")
                .process(exchange -> round.run(Instant.now())).id("send-due-reminders");
    }
}
