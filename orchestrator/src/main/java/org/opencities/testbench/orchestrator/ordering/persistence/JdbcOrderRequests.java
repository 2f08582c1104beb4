package org.opencities.testbench.orchestrator.ordering.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.opencities.testbench.orchestrator.ordering.OrderRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrderRequests implements OrderRequests {

    private final JdbcClient jdbc;

    JdbcOrderRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Seen> find(String caller, String idempotencyKey) {
        return jdbc.sql("SELECT fingerprint, order_id FROM orchestrator.service_order_request"
                        + " WHERE caller = :caller AND idempotency_key = :key")
                .param("caller", caller)
                .param("key", idempotencyKey)
                .query((rs, n) -> new Seen(rs.getString("fingerprint"), rs.getString("order_id")))
                .optional();
    }

    @Override
    public void remember(String caller, String idempotencyKey, String fingerprint, String orderId) {
        jdbc.sql("INSERT INTO orchestrator.service_order_request (caller, idempotency_key, fingerprint, order_id, received)"
                        + " VALUES (:caller, :key, :fingerprint, :orderId, :received)")
                .param("caller", caller)
                .param("key", idempotencyKey)
                .param("fingerprint", fingerprint)
                .param("orderId", orderId)
                .param("received", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
