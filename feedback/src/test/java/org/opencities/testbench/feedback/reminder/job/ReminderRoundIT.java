package org.opencities.testbench.feedback.reminder.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencities.testbench.feedback.FeedbackFixtures.SUS_75;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencities.testbench.feedback.FeedbackFixtures;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.reminder.TesterReminded;
import org.opencities.testbench.feedback.schedule.Leases;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reminder round against real H2 through the API: who is reminded (once per reminder), who never
 * is (answered, withdrawn, erased, no contact consent, not yet due), the lease, and bad settings.
 */
@SpringBootTest(classes = FeedbackTestApplication.class, properties = "testbench.feedback.reminders.every=PT1H")
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReminderRoundIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;
    @Autowired
    ReminderRound round;
    @Autowired
    Leases leases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ConnectionFactory connectionFactory;

    final JsonMapper json = JsonMapper.builder().build();

    FeedbackFixtures fixtures;
    String pilot;
    String campaign;

    @BeforeEach
    void campaignWithReminders() throws Exception {
        fixtures = new FeedbackFixtures(mvc, pilots, testers);
        pilot = fixtures.pilot();
        campaign = fixtures.campaign(pilot, fixtures.questionnaire(), "");
        setReminders(campaign, """
                [{"name": "nudge", "kind": "after-no-answer", "offset": "P3D"},
                 {"name": "last-call", "kind": "before-close", "offset": "P2D"}]""").andExpect(status().isOk());
    }

    @Test
    void remindsEachDueTesterOnceAndNeverThoseWhoAnsweredLeftOrMayNotBeContacted() throws Exception {
        Instant now = Instant.now();
        var due = fixtures.tester(pilot, "helsinki-co1-olt1-pon1", now.minus(Duration.ofDays(10)), "participation", "contact");
        String answeredToken = UUID.randomUUID().toString();
        fixtures.tester(pilot, answeredToken, "helsinki-co1-olt1-pon1", now.minus(Duration.ofDays(10)), "participation", "contact");
        fixtures.submit(campaign, answeredToken, SUS_75 + ", \"nps\": 8").andExpect(status().isCreated());
        var withdrawn = fixtures.tester(pilot, "helsinki-co1-olt1-pon1", now.minus(Duration.ofDays(10)), "participation", "contact");
        testers.withdraw(withdrawn.enrolmentId(), now.minus(Duration.ofDays(1)));
        String erasedToken = UUID.randomUUID().toString();
        fixtures.tester(pilot, erasedToken, "helsinki-co1-olt1-pon1", now.minus(Duration.ofDays(10)), "participation", "contact");
        mvc.perform(delete("/api/v1/tester").header("X-Tester-Token", erasedToken)).andExpect(status().isOk());
        fixtures.tester(pilot, "helsinki-co1-olt1-pon1", now.minus(Duration.ofDays(10)), "participation");
        events.clear();

        round.run(now);
        round.run(now.plusSeconds(60));

        var sent = events.stream(TesterReminded.class).filter(reminded -> reminded.pilotId().equals(pilot)).toList();
        assertThat(sent).as("one reminder, once, to the one tester who is due it").singleElement().satisfies(reminded -> {
            assertThat(reminded.tester()).isEqualTo(due.pseudonym());
            assertThat(reminded.enrolmentId()).isEqualTo(due.enrolmentId());
            assertThat(reminded.reminder()).isEqualTo("nudge");
            assertThat(reminded.campaignId()).isEqualTo(campaign);
            assertThat(reminded.language()).isEqualTo("fi");
        });
    }

    @Test
    void remindsOnlyOnceTheReminderIsDue() throws Exception {
        Instant now = Instant.now();
        fixtures.tester(pilot, "helsinki-co1-olt1-pon1", now, "participation", "contact");
        var campaignOpensOnEnrolment = fixtures.campaign(pilot, fixtures.questionnaire(), "\"afterEnrolment\": \"P1D\"");
        setReminders(campaignOpensOnEnrolment, "[{\"name\": \"nudge\", \"kind\": \"after-no-answer\", \"offset\": \"P3D\"}]")
                .andExpect(status().isOk());
        events.clear();

        round.run(now.plus(Duration.ofDays(3)));
        assertThat(events.stream(TesterReminded.class).map(TesterReminded::campaignId))
                .as("opens a day after enrolment, so due four days after it").doesNotContain(campaignOpensOnEnrolment);
        round.run(now.plus(Duration.ofDays(4)).plusSeconds(1));
        assertThat(events.stream(TesterReminded.class).map(TesterReminded::campaignId)).contains(campaignOpensOnEnrolment);
    }

    @Test
    void publishesTesterRemindedWithTheFieldsOfTheDocumentedExample() throws Exception {
        var example = json.readTree(Files.readString(Path.of("../docs/events/examples/tester.reminded.json")));
        var due = fixtures.tester(pilot, "helsinki-co1-olt1-pon1", Instant.now().minus(Duration.ofDays(10)),
                "participation", "contact");
        try (JMSContext context = connectionFactory.createContext()) {
            var consumer = context.createConsumer(context.createTopic("testbench.feedback.events"),
                    "ce_type = 'tester.reminded'");
            round.run(Instant.now());
            JsonNode data = null;
            while (data == null) {
                var message = (TextMessage) consumer.receive(10_000);
                if (message == null) {
                    break;
                }
                var event = json.readTree(message.getText());
                if (event.path("data").path("enrolmentId").asString().equals(due.enrolmentId())) {
                    data = event.get("data");
                    assertThat(event.get("subject").asString()).isEqualTo(due.enrolmentId());
                }
            }
            assertThat(data).as("tester.reminded for the due tester on the broker").isNotNull();
            assertThat(data.propertyNames()).containsExactlyInAnyOrderElementsOf(example.get("data").propertyNames());
            assertThat(data.get("tester").asString()).isEqualTo(due.pseudonym());
        }
    }

    @Test
    void sendsNothingWhileAnotherReplicaHoldsTheLease() {
        Instant now = Instant.now();
        jdbc.sql("UPDATE feedback.feedback_lease SET holder = NULL, held_until = NULL WHERE name = 'reminders'").update();
        fixtures.tester(pilot, "helsinki-co1-olt1-pon1", now.minus(Duration.ofDays(10)), "participation", "contact");
        assertThat(leases.take(ReminderRound.LEASE, "other-replica", now.plus(Duration.ofMinutes(5)))).isTrue();
        try {
            assertThat(round.run(now)).isEqualTo(-1);
            assertThat(events.stream(TesterReminded.class)).isEmpty();
        } finally {
            jdbc.sql("UPDATE feedback.feedback_lease SET holder = NULL, held_until = NULL WHERE name = 'reminders'").update();
        }
    }

    @Test
    void showsTheRemindersToThoseWhoRunTheCampaignOnly() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/reminders", campaign).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reminders[?(@.name == 'last-call')].offset").value("PT48H"));
        mvc.perform(get("/api/v1/campaigns/{id}/reminders", campaign).with(httpBasic("lab-berlin", "lab")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind       | [{"name": "a", "kind": "weekly", "offset": "P1D"}]                                              | reminders[0].kind
            name pattern       | [{"name": "Last Call", "kind": "before-close", "offset": "P1D"}]                               | reminders[0].name
            name twice         | [{"name": "a", "kind": "before-close", "offset": "P1D"}, {"name": "a", "kind": "before-close", "offset": "P2D"}] | reminders[1].name
            offset not positive | [{"name": "a", "kind": "before-close", "offset": "PT0S"}]                                     | reminders[0].offset
            offset missing     | [{"name": "a", "kind": "before-close"}]                                                         | reminders[0].offset
            """)
    void refusesBadRemindersNamingTheFieldAndKeepsTheOldOnes(String name, String reminders, String field) throws Exception {
        setReminders(campaign, reminders)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(jdbc.sql("SELECT name FROM feedback.campaign_reminder WHERE campaign_id = :c ORDER BY name")
                .param("c", UUID.fromString(campaign)).query(String.class).list()).containsExactly("last-call", "nudge");
    }

    private ResultActions setReminders(String campaignId, String reminders) throws Exception {
        return mvc.perform(put("/api/v1/campaigns/{id}/reminders", campaignId).with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reminders\": " + reminders + "}"));
    }
}
