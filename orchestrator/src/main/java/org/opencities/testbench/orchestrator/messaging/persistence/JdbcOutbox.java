package org.opencities.testbench.orchestrator.messaging.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.opencities.testbench.orchestrator.messaging.Outbox;
import org.opencities.testbench.orchestrator.messaging.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox in {@code orchestrator.outbox_message}. A sweep locks the rows it sends
 * ({@code FOR UPDATE SKIP LOCKED}), so sweeps of several replicas share the backlog instead of
 * sending the same rows, and deletes a whole batch with one statement in the same transaction.
 */
@Repository
class JdbcOutbox implements Outbox {

    private static final TypeReference<Map<String, String>> PROPERTIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public long add(OutboxMessage message) {
        var place = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO orchestrator.outbox_message (event_id, address, anycast, type, body, properties, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(message.eventId(), message.address(), message.anycast(), message.type(), message.body(),
                        message.properties().isEmpty() ? null : json.writeValueAsString(message.properties()),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(place, "id");
        return place.getKeyAs(Long.class);
    }

    @Override
    @Transactional
    public int relay(int limit, Instant keptBefore, Consumer<List<OutboxMessage>> send) {
        var places = new ArrayList<Long>();
        var messages = jdbc.sql("SELECT id, event_id, address, anycast, type, body, properties FROM orchestrator.outbox_message"
                        + " WHERE created_at < ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(keptBefore.atOffset(ZoneOffset.UTC), limit)
                .query((rs, n) -> {
                    places.add(rs.getLong("id"));
                    String properties = rs.getString("properties");
                    return new OutboxMessage(rs.getObject("event_id", UUID.class), rs.getString("address"),
                            rs.getBoolean("anycast"), rs.getString("type"), rs.getString("body"),
                            properties == null ? Map.of() : json.readValue(properties, PROPERTIES));
                })
                .list();
        if (messages.isEmpty()) {
            return 0;
        }
        send.accept(messages);
        remove(places);
        return messages.size();
    }

    /**
     * One statement text for any number of places (an array, not an {@code IN} list of as many
     * parameters), so that the database parses and caches it once instead of once per batch size.
     */
    @Override
    public void remove(Collection<Long> places) {
        jdbc.sql("DELETE FROM orchestrator.outbox_message WHERE id = ANY(?)")
                .param(new SqlArrayValue("BIGINT", places.toArray()))
                .update();
    }

    @Override
    public long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM orchestrator.outbox_message").query(Long.class).single();
    }
}
