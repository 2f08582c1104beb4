package org.opencities.testbench.feedback.messaging;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.opencities.testbench.feedback.FeedbackEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves the events Spring Modulith's publication table still held unsent (a process stopped before
 * its relay had sent them) into the outbox as the CloudEvents the relay sends, with their ids, then
 * drops that table. Named as Flyway names versioned Java migrations.
 */
public class V42__Outstanding_publications_to_outbox extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V42__Outstanding_publications_to_outbox.class);

    @Override
    public void migrate(Context context) throws Exception {
        var json = JsonMapper.builder().build();
        var cloudEvents = new FeedbackCloudEvents(json);
        var connection = context.getConnection();
        try (var select = connection.prepareStatement("SELECT id, event_type, serialized_event, publication_date"
                + " FROM event_publication WHERE completion_date IS NULL ORDER BY publication_date");
                var insert = connection.prepareStatement(
                        "INSERT INTO outbox_message (event_id, type, body, created_at) VALUES (?, ?, ?, ?)");
                var rows = select.executeQuery()) {
            while (rows.next()) {
                var event = read(json, rows.getString("event_type"), rows.getString("serialized_event"));
                if (event == null) {
                    log.warn("Unsent publication {} holds an event of type {} that this version cannot send; dropped",
                            rows.getObject("id"), rows.getString("event_type"));
                    continue;
                }
                insert.setObject(1, event.eventId());
                insert.setString(2, event.type());
                insert.setString(3, cloudEvents.of(event));
                insert.setTimestamp(4, rows.getTimestamp("publication_date"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var drop = connection.createStatement()) {
            drop.execute("DROP TABLE event_publication");
        }
    }

    private static FeedbackEvent read(JsonMapper json, String type, String serialized) {
        try {
            var eventClass = Class.forName(type, false, V42__Outstanding_publications_to_outbox.class.getClassLoader());
            return FeedbackEvent.class.isAssignableFrom(eventClass) ? (FeedbackEvent) json.readValue(serialized, eventClass) : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
