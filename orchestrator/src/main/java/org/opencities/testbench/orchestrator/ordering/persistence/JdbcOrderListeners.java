package org.opencities.testbench.orchestrator.ordering.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.orchestrator.ordering.OrderListeners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrderListeners implements OrderListeners {

    private final JdbcClient jdbc;

    JdbcOrderListeners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Listener register(String callback, String query) {
        var listener = new Listener(UUID.randomUUID().toString(), callback, query);
        jdbc.sql("INSERT INTO orchestrator.service_order_listener (id, callback, event_query, registered)"
                        + " VALUES (:id, :callback, :query, :registered)")
                .param("id", listener.id())
                .param("callback", callback)
                .param("query", query, Types.VARCHAR)
                .param("registered", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return listener;
    }

    @Override
    public boolean remove(String listenerId) {
        return jdbc.sql("DELETE FROM orchestrator.service_order_listener WHERE id = :id")
                .param("id", listenerId)
                .update() == 1;
    }

    @Override
    public List<Listener> all() {
        return jdbc.sql("SELECT id, callback, event_query FROM orchestrator.service_order_listener ORDER BY registered, id")
                .query((rs, n) -> new Listener(rs.getString("id"), rs.getString("callback"), rs.getString("event_query")))
                .list();
    }
}
