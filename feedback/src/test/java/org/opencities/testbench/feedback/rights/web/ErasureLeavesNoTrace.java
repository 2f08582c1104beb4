package org.opencities.testbench.feedback.rights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencities.testbench.feedback.FeedbackFixtures.SUS_75;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackFixtures;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.reminder.job.ReminderRound;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * THE erasure test: a tester answers, saves a draft, is reminded, then erases their data; afterwards
 * every text-like column of every table the process's database holds (the feedback schema and the
 * outbox wherever the process keeps it; found through INFORMATION_SCHEMA, not listed by hand) is
 * searched for the tester's pseudonym, token, token hash, enrolment id, segment code and free text.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ErasureLeavesNoTrace {

    private static final List<String> SYSTEM_SCHEMAS = List.of("information_schema", "pg_catalog", "pg_toast");

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReminderRound reminders;
    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void leavesNoTraceOfTheTesterInAnyTableAndKeepsTheScoresForAggregates() throws Exception {
        var fixtures = new FeedbackFixtures(mvc, pilots, testers);
        String pilot = fixtures.pilot();
        String questionnaire = fixtures.questionnaire();
        String answered = fixtures.campaign(pilot, questionnaire, "");
        String drafted = fixtures.campaign(pilot, questionnaire, "");
        String token = UUID.randomUUID().toString();
        String segment = "ont-" + UUID.randomUUID();
        var tester = fixtures.tester(pilot, token, segment, Instant.now().minus(Duration.ofDays(2)), "participation", "contact");
        String comment = "Cycling past Kallio " + UUID.randomUUID();
        String draftComment = "Unfinished thought " + UUID.randomUUID();

        fixtures.submit(answered, token, SUS_75 + ", \"nps\": 9, \"cycles\": \"yes\", \"comment\": \"" + comment + "\"")
                .andExpect(status().isCreated());
        fixtures.saveDraft(drafted, token, "\"nps\": 3, \"comment\": \"" + draftComment + "\"").andExpect(status().isOk());
        mvc.perform(put("/api/v1/campaigns/{id}/reminders", drafted).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reminders\": [{\"name\": \"nudge\", \"kind\": \"after-no-answer\", \"offset\": \"PT1M\"}]}"))
                .andExpect(status().isOk());
        assertThat(reminders.run(Instant.now())).isPositive();
        mvc.perform(get("/api/v1/tester/data").header("X-Tester-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enrolments[0].pseudonym").value(tester.pseudonym()))
                .andExpect(jsonPath("$.responses[0].answers[?(@.key == 'comment')].value").value(comment))
                .andExpect(jsonPath("$.drafts[0].answers[?(@.key == 'comment')].value").value(draftComment))
                .andExpect(jsonPath("$.reminders[0].reminder").value("nudge"));
        var traces = List.of(tester.pseudonym(), token, tester.tokenSha256(), tester.enrolmentId(), segment, comment, draftComment);
        assertThat(tablesHolding(traces)).as("the traces are found before erasure").isNotEmpty();

        try (JMSContext context = connectionFactory.createContext()) {
            var feedbackEvents = context.createConsumer(context.createTopic("testbench.feedback.events"),
                    "ce_type = 'tester.erased'");
            mvc.perform(delete("/api/v1/tester").header("X-Tester-Token", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.enrolments").value(1))
                    .andExpect(jsonPath("$.responsesUnlinked").value(1));
            var erased = (TextMessage) feedbackEvents.receive(10_000);
            assertThat(erased).as("tester.erased on the broker").isNotNull();
            assertThat(erased.getText()).contains("\"tester\":\"" + tester.pseudonym() + "\"");
        }

        // The outbox empties as the relay delivers its batches.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM feedback.outbox_message").query(Long.class).single() == 0);
        assertThat(tablesHolding(traces)).as("tables still holding a trace after erasure").isEmpty();
        assertThat(jdbc.sql("SELECT tester FROM feedback.response WHERE campaign_id = :c").param("c", UUID.fromString(answered))
                .query(String.class).single()).startsWith("erased-");
        assertThat(jdbc.sql("""
                SELECT s.score FROM feedback.response_score s JOIN feedback.response r ON r.id = s.response_id
                WHERE r.campaign_id = :c AND s.score_key = 'sus'""").param("c", UUID.fromString(answered))
                .query(Double.class).single()).isEqualTo(75.0);
        assertThat(jdbc.sql("""
                SELECT a.text_value FROM feedback.response_answer a JOIN feedback.response r ON r.id = a.response_id
                WHERE r.campaign_id = :c AND a.answer_key = 'cycles'""").param("c", UUID.fromString(answered))
                .query(String.class).single()).as("a chosen option is not free text and stays").isEqualTo("yes");
    }

    /** "schema.table.column" of every text-like column that holds one of the values. */
    private List<String> tablesHolding(List<String> traces) {
        var columns = jdbc.sql("""
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE t.table_type = 'BASE TABLE'""")
                .query().listOfRows().stream()
                .filter(column -> !SYSTEM_SCHEMAS.contains(string(column, "table_schema").toLowerCase(Locale.ROOT)))
                .filter(column -> textLike(string(column, "data_type")))
                .toList();
        assertThat(columns).as("text-like columns found").extracting(column -> string(column, "table_name"))
                .contains("tester", "response", "response_answer", "response_draft_answer", "outbox_message");
        var found = new ArrayList<String>();
        for (var column : columns) {
            String name = "\"%s\".\"%s\".\"%s\"".formatted(string(column, "table_schema"), string(column, "table_name"),
                    string(column, "column_name"));
            for (String trace : traces) {
                long hits = jdbc.sql("SELECT COUNT(*) FROM %s WHERE CAST(%s AS VARCHAR(100000)) LIKE :trace".formatted(
                                name.substring(0, name.lastIndexOf('.')), name.substring(name.lastIndexOf('.') + 1)))
                        .param("trace", "%" + trace + "%").query(Long.class).single();
                if (hits > 0) {
                    found.add(name + " holds " + trace);
                }
            }
        }
        return found;
    }

    private static boolean textLike(String dataType) {
        String type = dataType.toLowerCase(Locale.ROOT);
        return type.contains("char") || type.contains("text") || type.contains("json") || type.contains("clob");
    }

    private static String string(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(column))
                .map(entry -> String.valueOf(entry.getValue())).findFirst().orElseThrow();
    }
}
