package org.opencities.testbench.registry.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.invitation.Recruitment;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registry following feedback's tester.reminded (its example file, as feedback's relay sends it,
 * with the {@code ce_type} property) over the real embedded broker: the reminder is mailed through
 * the configured mail sender (the outbox table in tests) in the tester's language.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class RemindingTestersIT {

    private static final Path EXAMPLE = Path.of("../docs/events/examples/tester.reminded.json");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    CamelContext camel;
    @Autowired
    MessageSource messages;

    @Test
    void mailsTheReminderToTheTestersAddressInTheirLanguage() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var enrolled = new TestersWithContact(mvc, json).enrol(pilot.id().value(), "fi", "muistuta@example.org");

        send(enrolled.path("enrolment"), "fi");

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("muistuta@example.org") == 1);
        var mail = jdbc.sql("SELECT subject, body, language FROM registry.mail_outbox WHERE recipient = :to")
                .param("to", "muistuta@example.org")
                .query((rs, n) -> new String[] {rs.getString("subject"), rs.getString("body"), rs.getString("language")})
                .single();
        var finnish = Locale.forLanguageTag("fi");
        assertThat(mail[0]).isEqualTo(messages.getMessage("reminder.mail.subject", null, finnish))
                .isNotEqualTo(messages.getMessage("reminder.mail.subject", null, Locale.ENGLISH));
        assertThat(mail[1]).startsWith("Hei,").contains("2027", "(UTC)").doesNotContain("{0}");
        assertThat(mail[2]).isEqualTo("fi");
    }

    @Test
    void writesToNobodyWhoGaveNoAddressOrIsNotNamedByTheEnrolment() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var testers = new TestersWithContact(mvc, json);
        var silent = testers.enrolWithoutContact(pilot.id().value(), "sv");
        var other = testers.enrol(pilot.id().value(), "en", "someone-else@example.org");
        var forged = (ObjectNode) other.path("enrolment").deepCopy();
        forged.put("tester", silent.path("enrolment").path("tester").asString());
        long mailsBefore = allMails();
        var bothHandled = new NotifyBuilder(camel).fromRoute("registry-inbox-testbench-feedback-events")
                .whenCompleted(2).create();

        send(silent.path("enrolment"), "sv");
        send(forged, "en");

        assertThat(bothHandled.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(allMails()).isEqualTo(mailsBefore);
        assertThat(mailsTo("someone-else@example.org")).isZero();
    }

    private void send(JsonNode enrolment, String language) throws Exception {
        var event = (ObjectNode) json.readTree(Files.readString(EXAMPLE));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", enrolment.path("id").asString());
        var data = (ObjectNode) event.path("data");
        data.put("enrolmentId", enrolment.path("id").asString());
        data.put("tester", enrolment.path("tester").asString());
        data.put("pilotId", enrolment.path("pilotId").asString());
        data.put("language", language);
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("ce_type", event.path("type").asString())
                    .send(jms.createTopic("testbench.feedback.events"), json.writeValueAsString(event));
        }
    }

    private long mailsTo(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.mail_outbox WHERE recipient = :to").param("to", address)
                .query(Long.class).single();
    }

    private long allMails() {
        return jdbc.sql("SELECT COUNT(*) FROM registry.mail_outbox").query(Long.class).single();
    }
}
