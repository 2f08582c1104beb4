package org.opencities.testbench.feedback.messaging.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.opencities.testbench.feedback.messaging.FeedbackOutbox;
import org.opencities.testbench.feedback.messaging.FeedbackOutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox in {@code feedback.outbox_message}. A relay locks the rows it sends
 * ({@code FOR UPDATE SKIP LOCKED}), so relays of several replicas share the backlog instead of
 * sending the same rows, and deletes a whole batch with one statement in the same transaction.
 */
@Repository
class JdbcFeedbackOutbox implements FeedbackOutbox {

    private final JdbcClient jdbc;

    JdbcFeedbackOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(FeedbackOutboxMessage message) {
        jdbc.sql("INSERT INTO feedback.outbox_message (event_id, type, body, created_at) VALUES (?, ?, ?, ?)")
                .params(message.eventId(), message.type(), message.body(), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @Override
    @Transactional
    public int relay(int limit, Consumer<List<FeedbackOutboxMessage>> send) {
        var ids = new ArrayList<Long>();
        var messages = jdbc.sql("SELECT id, event_id, type, body FROM feedback.outbox_message ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(limit)
                .query((rs, n) -> {
                    ids.add(rs.getLong("id"));
                    return new FeedbackOutboxMessage(rs.getObject("event_id", UUID.class), rs.getString("type"), rs.getString("body"));
                })
                .list();
        if (messages.isEmpty()) {
            return 0;
        }
        send.accept(messages);
        // an array, not an IN list: one statement text for every batch size, parsed and cached once
        jdbc.sql("DELETE FROM feedback.outbox_message WHERE id = ANY(?)").param(new SqlArrayValue("BIGINT", ids.toArray())).update();
        return messages.size();
    }
}
