package org.opencities.testbench.feedback.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

import com.jayway.jsonpath.JsonPath;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackEvent;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The feedback module's outbox and inbox against the real embedded Artemis broker and real H2. */
@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class FeedbackMessagingIT {

    private static final Path EXAMPLES = Path.of("../docs/events/examples");
    /** The personal token whose SHA-256 is in the enrolment.created example. */
    private static final String EXAMPLE_TOKEN = "test";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    CamelContext camel;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;

    final JsonMapper json = JsonMapper.builder().build();

    record ResponseSubmitted(UUID eventId, String subject, String instrument) implements FeedbackEvent {
        @Override
        public String type() {
            return "response.submitted";
        }
    }

    @Test
    void publishesOnlyCommittedEventsAsCloudEventsWithoutTheEventIdInTheData() throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.feedback.events"))) {
            var rolledBack = new ResponseSubmitted(UUID.randomUUID(), "response-1", "never sent");
            var committed = new ResponseSubmitted(UUID.randomUUID(), "response-2", "sus");

            transactions.executeWithoutResult(status -> {
                events.publishEvent(rolledBack);
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publishEvent(committed));

            var received = (TextMessage) consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(received).as("a CloudEvent on testbench.feedback.events").isNotNull();
            assertThat(received.getText())
                    .contains("\"specversion\":\"1.0\"", "\"id\":\"" + committed.eventId() + "\"",
                            "\"type\":\"response.submitted\"", "\"subject\":\"response-2\"",
                            "\"source\":\"/testbench/feedback\"", "\"instrument\":\"sus\"")
                    .doesNotContain(rolledBack.eventId().toString(), "eventId");
            assertThat(received.getStringProperty("ce_type")).isEqualTo("response.submitted");
        }
    }

    @Test
    void processesEachEventIdOnceAndToleratesUnknownFields() throws IOException {
        var event = (ObjectNode) example("pilot.accepted");
        String id = UUID.randomUUID().toString();
        String pilot = "pilot-" + UUID.randomUUID();
        event.put("id", id).put("futureattribute", "ignored");
        ((ObjectNode) event.get("data")).put("pilotId", pilot).put("fieldFromTheFuture", 42);
        var bothDelivered = new NotifyBuilder(camel).fromRoute("feedback-inbox-testbench-pilot-events")
                .whenCompleted(2).create();
        var handledOnce = new NotifyBuilder(camel).fromRoute("feedback-inbox-testbench-pilot-events")
                .wereSentTo("direct:feedback-events").whenExactlyCompleted(1).create();

        send("testbench.pilot.events", event);
        send("testbench.pilot.events", event);

        assertThat(bothDelivered.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(handledOnce.matches()).as("the duplicate was skipped").isTrue();
        long processed = jdbc.sql("SELECT COUNT(*) FROM feedback.camel_messageprocessed WHERE messageId = :id")
                .param("id", id).query(Long.class).single();
        assertThat(processed).isEqualTo(1);
        assertThat(pilots.find(pilot)).hasValueSatisfying(known -> assertThat(known.cities()).containsExactlyInAnyOrder("helsinki", "oulu"));
    }

    @Test
    void takesTheDocumentedPilotAndTesterAndAnnouncesTheirResponseShapedLikeTheExample() throws Exception {
        assertThat(TesterToken.sha256(EXAMPLE_TOKEN))
                .isEqualTo(example("enrolment.created").at("/data/testerTokenSha256").stringValue());
        send("testbench.pilot.events", example("pilot.accepted"));
        send("testbench.pilot.events", example("enrolment.created"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pilots.find("pilot-7f3a").isPresent()
                && !testers.byTokenSha256(TesterToken.sha256(EXAMPLE_TOKEN)).isEmpty());
        String campaign = campaignOfTheExamplePilot();

        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.feedback.events"))) {
            // SUS (3 + 3 + 3 + 3 + 3) + (3 + 3 + 3 + 3 + 4) = 31, times 2.5 = 77.5, as in the example.
            mvc.perform(post("/api/v1/campaigns/{id}/responses", campaign).header("X-Tester-Token", EXAMPLE_TOKEN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"language": "fi", "answers": {"sus-1": 4, "sus-2": 2, "sus-3": 4, "sus-4": 2, "sus-5": 4,
                                     "sus-6": 2, "sus-7": 4, "sus-8": 2, "sus-9": 4, "sus-10": 1, "nps": 9}}"""))
                    .andExpect(status().isCreated());

            var received = (TextMessage) consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(received).as("response.submitted on testbench.feedback.events").isNotNull();
            var event = json.readTree(received.getText());
            var expected = example("response.submitted");
            assertThat(fieldNames(event)).isEqualTo(fieldNames(expected));
            assertThat(fieldNames(event.get("data"))).isEqualTo(fieldNames(expected.get("data")));
            assertThat(event.get("type").stringValue()).isEqualTo("response.submitted");
            assertThat(event.get("source").stringValue()).isEqualTo("/testbench/feedback");
            assertThat(event.get("subject")).isEqualTo(event.at("/data/responseId"));
            var data = event.get("data");
            assertThat(data.get("campaignId").stringValue()).isEqualTo(campaign);
            for (String field : new String[] {"pilotId", "tester", "language", "city"}) {
                assertThat(data.get(field)).as(field).isEqualTo(expected.at("/data/" + field));
            }
            assertThat(data.at("/scores/sus").doubleValue()).isEqualTo(77.5);
            assertThat(data.at("/scores/nps").doubleValue()).isEqualTo(9.0);
            assertThat(Instant.parse(data.get("submittedAt").stringValue())).isBefore(Instant.now().plusSeconds(1));
        }

        send("testbench.pilot.events", example("enrolment.withdrawn"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                testers.byTokenSha256(TesterToken.sha256(EXAMPLE_TOKEN)).get(0).withdrawn());
        mvc.perform(put("/api/v1/campaigns/{id}/responses/draft", campaign).header("X-Tester-Token", EXAMPLE_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fi\", \"answers\": {}}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tester-Token"));
    }

    private String campaignOfTheExamplePilot() throws Exception {
        String questionnaire = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": {"en": "City bikes", "fi": "Kaupunkipyörät"}, "languages": ["en", "fi"],
                                 "items": [{"kind": "instrument", "instrument": "sus"}, {"kind": "instrument", "instrument": "nps"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", questionnaire).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        return JsonPath.read(mvc.perform(post("/api/v1/campaigns").with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"pilot-7f3a\", \"questionnaireId\": \"%s\", \"version\": 1, \"opensAt\": \"%s\"}"
                                .formatted(questionnaire, Instant.now().minusSeconds(3600))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private JsonNode example(String type) throws IOException {
        return json.readTree(Files.readString(EXAMPLES.resolve(type + ".json")));
    }

    private void send(String address, JsonNode event) {
        try (JMSContext jms = connectionFactory.createContext()) {
            var message = jms.createTextMessage(event.toString());
            message.setStringProperty("ce_type", event.get("type").stringValue());
            jms.createProducer().send(jms.createTopic(address), message);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }
}
