package org.opencities.testbench.feedback.consent.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.feedback.consent.ConsentPurpose;
import org.opencities.testbench.feedback.consent.ConsentText;
import org.opencities.testbench.feedback.consent.ConsentTextAlreadyPublished;
import org.opencities.testbench.feedback.consent.ConsentTextId;
import org.opencities.testbench.feedback.consent.ConsentTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcConsentTexts implements ConsentTexts {

    private final JdbcClient jdbc;

    JdbcConsentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ConsentText text) {
        int inserted = jdbc.sql("""
                INSERT INTO feedback.consent_text (id, purpose, version, language, body, published_at)
                VALUES (:id, :purpose, :version, :language, :body, :publishedAt) ON CONFLICT DO NOTHING""")
                .param("id", text.id().value())
                .param("purpose", text.purpose().name().toLowerCase(Locale.ROOT))
                .param("version", text.version())
                .param("language", text.language().toLanguageTag())
                .param("body", text.body())
                .param("publishedAt", OffsetDateTime.ofInstant(text.publishedAt(), ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            throw new ConsentTextAlreadyPublished(text);
        }
    }

    @Override
    public Optional<ConsentText> latest(ConsentPurpose purpose, Locale language) {
        return jdbc.sql("""
                SELECT * FROM feedback.consent_text WHERE purpose = :purpose AND language = :language
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .param("purpose", purpose.name().toLowerCase(Locale.ROOT))
                .param("language", language.toLanguageTag())
                .query((rs, n) -> consentText(rs))
                .optional();
    }

    private static ConsentText consentText(ResultSet rs) throws SQLException {
        return new ConsentText(new ConsentTextId(rs.getObject("id", UUID.class)),
                ConsentPurpose.valueOf(rs.getString("purpose").toUpperCase(Locale.ROOT)), rs.getInt("version"),
                Locale.forLanguageTag(rs.getString("language")), rs.getString("body"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }
}
