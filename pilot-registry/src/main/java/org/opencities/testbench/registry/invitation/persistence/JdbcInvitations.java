package org.opencities.testbench.registry.invitation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.invitation.BatchSummary;
import org.opencities.testbench.registry.invitation.IdempotencyKeyInUse;
import org.opencities.testbench.registry.invitation.Invitation;
import org.opencities.testbench.registry.invitation.InvitationBatch;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.pilot.PilotId;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcInvitations implements Invitations {

    private static final String SUMMARY = """
            SELECT b.*,
                (SELECT COUNT(*) FROM registry.invitation i WHERE i.batch_id = b.id AND i.used_at IS NOT NULL) AS used
            FROM registry.invitation_batch b""";

    private final JdbcClient jdbc;

    JdbcInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(InvitationBatch batch, List<String> tokenHashes, String idempotencyKey) {
        try {
            jdbc.sql("""
                    INSERT INTO registry.invitation_batch (id, pilot_id, language, size, expires_at, created_at,
                        created_by, idempotency_key, revoked_at)
                    VALUES (:id, :pilot, :language, :size, :expires, :created, :by, :key, NULL)""")
                    .param("id", batch.id())
                    .param("pilot", batch.pilotId().value())
                    .param("language", batch.language())
                    .param("size", batch.size())
                    .param("expires", utc(batch.expiresAt()))
                    .param("created", utc(batch.createdAt()))
                    .param("by", batch.createdBy())
                    .param("key", idempotencyKey)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IdempotencyKeyInUse();
        }
        for (String hash : tokenHashes) {
            jdbc.sql("INSERT INTO registry.invitation (token_hash, batch_id, used_at) VALUES (:hash, :batch, NULL)")
                    .param("hash", hash)
                    .param("batch", batch.id())
                    .update();
        }
    }

    @Override
    public Optional<InvitationBatch> findBatch(String id) {
        return jdbc.sql("SELECT * FROM registry.invitation_batch WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> batch(rs))
                .optional();
    }

    @Override
    public Optional<InvitationBatch> findByIdempotencyKey(String creator, String idempotencyKey) {
        return jdbc.sql("SELECT * FROM registry.invitation_batch WHERE created_by = :by AND idempotency_key = :key")
                .param("by", creator)
                .param("key", idempotencyKey)
                .query((rs, n) -> batch(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchSummary> batches(PilotId pilot, Instant now, int offset, int limit) {
        return jdbc.sql(SUMMARY + " WHERE b.pilot_id = :pilot ORDER BY b.created_at DESC, b.id"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("pilot", pilot.value())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> summary(rs, now))
                .list();
    }

    @Override
    public Optional<BatchSummary> summary(String batchId, Instant now) {
        return jdbc.sql(SUMMARY + " WHERE b.id = :id")
                .param("id", batchId)
                .query((rs, n) -> summary(rs, now))
                .optional();
    }

    @Override
    public long countBatches(PilotId pilot) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.invitation_batch WHERE pilot_id = :pilot")
                .param("pilot", pilot.value())
                .query(Long.class)
                .single();
    }

    @Override
    public void revoke(InvitationBatch revoked) {
        jdbc.sql("UPDATE registry.invitation_batch SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("at", utc(revoked.revokedAt()))
                .param("id", revoked.id())
                .update();
    }

    @Override
    public Optional<Invitation> findByToken(String tokenHash) {
        return jdbc.sql("""
                SELECT b.*, i.token_hash, i.used_at FROM registry.invitation i
                JOIN registry.invitation_batch b ON b.id = i.batch_id WHERE i.token_hash = :hash""")
                .param("hash", tokenHash)
                .query((rs, n) -> new Invitation(rs.getString("token_hash"), batch(rs), instant(rs, "used_at")))
                .optional();
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        try {
            // The condition on used_at makes the row lock decide: a racing second update finds it set.
            return jdbc.sql("UPDATE registry.invitation SET used_at = :at WHERE token_hash = :hash AND used_at IS NULL")
                    .param("at", utc(at))
                    .param("hash", tokenHash)
                    .update() == 1;
        } catch (ConcurrencyFailureException e) {
            return false;
        }
    }

    private static BatchSummary summary(ResultSet rs, Instant now) throws SQLException {
        var batch = batch(rs);
        long used = rs.getLong("used");
        long open = batch.size() - used;
        boolean closed = batch.revoked() || batch.expiredAt(now);
        return new BatchSummary(batch, used, closed ? 0 : open, closed ? open : 0);
    }

    private static InvitationBatch batch(ResultSet rs) throws SQLException {
        return new InvitationBatch(rs.getString("id"), new PilotId(rs.getString("pilot_id")), rs.getString("language"),
                rs.getInt("size"), instant(rs, "expires_at"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
