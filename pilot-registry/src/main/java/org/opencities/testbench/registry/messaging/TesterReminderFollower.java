package org.opencities.testbench.registry.messaging;

import java.time.Instant;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.opencities.testbench.registry.enrolment.CampaignReminder;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.opencities.testbench.registry.enrolment.service.TesterReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the feedback module's {@code tester.reminded}: the registry mails the reminder to the
 * tester's contact address. A reminder for a tester who cannot be written to (no contact consent, no
 * address, withdrawn, erased) or a malformed event is logged and acknowledged: sending it again would
 * not change that. A failing mail sender fails the exchange, so the broker delivers it again.
 */
@Component
class TesterReminderFollower {

    static final String TYPE = "tester.reminded";

    private static final Logger log = LoggerFactory.getLogger(TesterReminderFollower.class);

    private final TesterReminders reminders;
    private final JsonMapper json;

    TesterReminderFollower(TesterReminders reminders, JsonMapper json) {
        this.reminders = reminders;
        this.json = json;
    }

    void follow(Exchange exchange) {
        var message = exchange.getIn();
        var data = json.readTree(message.getBody(byte[].class));
        CampaignReminder reminder;
        try {
            reminder = new CampaignReminder(data.path("enrolmentId").asString(null),
                    new TesterId(data.path("tester").asString("")), data.path("campaignId").asString(null),
                    data.path("reminder").asString(null), Locale.forLanguageTag(data.path("language").asString("en")),
                    Instant.parse(data.path("closesAt").asString("")));
        } catch (RuntimeException e) {
            log.warn("Ignored {} {}: {}", TYPE, message.getHeader("ce_id"), e.getMessage());
            return;
        }
        if (!reminders.remind(reminder)) {
            log.info("No reminder mail for enrolment {} ({}): no contact consent or address", reminder.enrolmentId(),
                    message.getHeader("ce_id"));
        }
    }
}
