package org.opencities.testbench.registry.consent.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.consent.ConsentText;
import org.opencities.testbench.registry.consent.ConsentTexts;
import org.opencities.testbench.registry.consent.ConsentVersionTaken;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

// Named apart: the feedback module has a JdbcConsentTexts of its own in the same single-node process.
@Repository("registryConsentTexts")
class JdbcConsentTexts implements ConsentTexts {

    private final JdbcClient jdbc;

    JdbcConsentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentText> current() {
        return Arrays.stream(ConsentPurpose.values())
                .map(purpose -> find(purpose, latestVersion(purpose)))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConsentText> find(ConsentPurpose purpose, int version) {
        Map<String, String> translations = jdbc.sql("""
                SELECT language, body FROM registry.consent_translation WHERE purpose = :purpose AND version = :version""")
                .param("purpose", purpose.code())
                .param("version", version)
                .query((rs, n) -> Map.entry(rs.getString("language"), rs.getString("body")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return jdbc.sql("SELECT * FROM registry.consent_text WHERE purpose = :purpose AND version = :version")
                .param("purpose", purpose.code())
                .param("version", version)
                .query((rs, n) -> new ConsentText(purpose, version, translations,
                        rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by")))
                .optional();
    }

    @Override
    public int latestVersion(ConsentPurpose purpose) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM registry.consent_text WHERE purpose = :purpose")
                .param("purpose", purpose.code())
                .query(Integer.class)
                .single();
    }

    @Override
    @Transactional
    public void add(ConsentText text) {
        try {
            jdbc.sql("""
                    INSERT INTO registry.consent_text (purpose, version, published_at, published_by)
                    VALUES (:purpose, :version, :at, :by)""")
                    .param("purpose", text.purpose().code())
                    .param("version", text.version())
                    .param("at", OffsetDateTime.ofInstant(text.publishedAt(), ZoneOffset.UTC))
                    .param("by", text.publishedBy())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConsentVersionTaken(text.purpose(), text.version());
        }
        text.translations().forEach((language, body) -> jdbc.sql("""
                INSERT INTO registry.consent_translation (purpose, version, language, body)
                VALUES (:purpose, :version, :language, :body)""")
                .param("purpose", text.purpose().code())
                .param("version", text.version())
                .param("language", language)
                .param("body", body)
                .update());
    }
}
