package org.opencities.testbench.feedback.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.feedback.TestDatabases;
import org.opencities.testbench.feedback.response.ResponseSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upgrading a database whose Spring Modulith publication table still holds an unsent event (the
 * outbox before V41): the event reaches the new outbox as the CloudEvent the relay sends, with its id;
 * what was already relayed and what no version can read do not.
 */
class OutstandingPublicationsMigrationIT {

    @Test
    void movesUnsentEventsIntoTheOutboxAndDropsThePublicationTable() {
        var database = TestDatabases.h2();
        Flyway.configure().configuration(FeedbackModule.migrations(database).getConfiguration()).target("41").load().migrate();
        var jdbc = JdbcClient.create(database);
        var unsent = new ResponseSubmitted(UUID.randomUUID(), "response-1", "campaign-1", "pilot-1", "tester-1", "fi",
                "helsinki", Instant.parse("2026-11-20T10:00:00Z"), Map.of("sus", 72.5));
        var relayed = new ResponseSubmitted(UUID.randomUUID(), "response-2", "campaign-1", "pilot-1", "tester-2", "fi",
                "helsinki", Instant.parse("2026-11-20T10:01:00Z"), Map.of("sus", 80.0));
        publication(jdbc, unsent, null);
        publication(jdbc, relayed, OffsetDateTime.now(ZoneOffset.UTC));
        jdbc.sql("INSERT INTO feedback.event_publication (id, listener_id, event_type, serialized_event, publication_date)"
                        + " VALUES (?, 'relay', 'org.example.Gone', '{}', ?)")
                .params(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC)).update();

        FeedbackModule.migrations(database).migrate();

        var rows = jdbc.sql("SELECT event_id, type, body FROM feedback.outbox_message").query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("event_id")).isEqualTo(unsent.eventId());
            assertThat(row.get("type")).isEqualTo("response.submitted");
            assertThat((String) row.get("body")).contains("\"specversion\":\"1.0\"", "\"id\":\"" + unsent.eventId() + "\"",
                    "\"source\":\"/testbench/feedback\"", "\"subject\":\"response-1\"", "\"tester\":\"tester-1\"")
                    .doesNotContain("eventId");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'feedback'"
                + " AND table_name = 'event_publication'").query(Long.class).single()).isZero();
    }

    private static void publication(JdbcClient jdbc, ResponseSubmitted event, OffsetDateTime completed) {
        jdbc.sql("INSERT INTO feedback.event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " completion_date) VALUES (?, 'relay', ?, ?, ?, ?)")
                .params(UUID.randomUUID(), ResponseSubmitted.class.getName(), JsonMapper.builder().build().writeValueAsString(event),
                        OffsetDateTime.now(ZoneOffset.UTC), completed)
                .update();
    }
}
