package org.opencities.testbench.feedback.rights.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.opencities.testbench.feedback.rights.ErasedTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcErasedTokens implements ErasedTokens {

    private final JdbcClient jdbc;

    JdbcErasedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(String tokenSha256, Instant erasedAt) {
        jdbc.sql("INSERT INTO feedback.erased_token (token_digest, erased_at) VALUES (:digest, :at) ON CONFLICT DO NOTHING")
                .param("digest", ErasedTokens.digest(tokenSha256))
                .param("at", OffsetDateTime.ofInstant(erasedAt, ZoneOffset.UTC)).update();
    }

    @Override
    public boolean erased(String tokenSha256) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback.erased_token WHERE token_digest = :digest")
                .param("digest", ErasedTokens.digest(tokenSha256)).query(Long.class).single() > 0;
    }
}
