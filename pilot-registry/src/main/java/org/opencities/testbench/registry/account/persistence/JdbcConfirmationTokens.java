package org.opencities.testbench.registry.account.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.registry.account.AccountId;
import org.opencities.testbench.registry.account.ConfirmationToken;
import org.opencities.testbench.registry.account.ConfirmationTokens;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcConfirmationTokens implements ConfirmationTokens {

    private static final RowMapper<ConfirmationToken> ROW = (rs, n) -> new ConfirmationToken(rs.getString("token_hash"),
            new AccountId(rs.getObject("account_id", UUID.class)), JdbcAccounts.instant(rs, "expires_at"),
            JdbcAccounts.instant(rs, "used_at"));

    private final JdbcClient jdbc;

    JdbcConfirmationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ConfirmationToken token) {
        jdbc.sql("""
                INSERT INTO registry.confirmation_token (token_hash, account_id, expires_at, used_at)
                VALUES (:hash, :account, :expiresAt, :usedAt)""")
                .param("hash", token.hash())
                .param("account", token.account().value())
                .param("expiresAt", JdbcAccounts.offset(token.expiresAt()))
                .param("usedAt", JdbcAccounts.offset(token.usedAt()))
                .update();
    }

    @Override
    public Optional<ConfirmationToken> findByHash(String hash) {
        return jdbc.sql("SELECT * FROM registry.confirmation_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query(ROW)
                .optional();
    }

    @Override
    public boolean use(String hash, Instant at) {
        return jdbc.sql("UPDATE registry.confirmation_token SET used_at = :at WHERE token_hash = :hash AND used_at IS NULL")
                .param("at", JdbcAccounts.offset(at))
                .param("hash", hash)
                .update() == 1;
    }
}
