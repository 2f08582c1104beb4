package org.opencities.testbench.feedback.questionnaire.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.opencities.testbench.feedback.questionnaire.DraftPending;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.questionnaire.VersionPublished;
import org.opencities.testbench.feedback.questionnaire.document.QuestionnaireDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Versions as rows, each version's title, languages and items as one JSON definition. */
@Repository
class JdbcQuestionnaires implements Questionnaires {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    // A published version never changes, so each replica parses its definition once; drafts are
    // always read from the table.
    private final Map<PublishedVersion, Questionnaire> published = new ConcurrentHashMap<>();

    private record PublishedVersion(QuestionnaireId id, int version) {
    }

    JdbcQuestionnaires(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(Questionnaire version) {
        try {
            jdbc.sql("""
                    INSERT INTO feedback.questionnaire_version (questionnaire_id, version, definition, published_at)
                    VALUES (:id, :version, :definition, :published)""")
                    .param("id", version.id().value()).param("version", version.version())
                    .param("definition", definition(version)).param("published", utc(version.publishedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DraftPending(version.id(), version.version());
        }
    }

    @Override
    public void replaceDraft(Questionnaire version) {
        int updated = jdbc.sql("""
                UPDATE feedback.questionnaire_version SET definition = :definition, published_at = :published
                WHERE questionnaire_id = :id AND version = :version AND published_at IS NULL""")
                .param("id", version.id().value()).param("version", version.version())
                .param("definition", definition(version)).param("published", utc(version.publishedAt()))
                .update();
        if (updated == 0) {
            throw new VersionPublished(version.id(), version.version());
        }
    }

    @Override
    public Optional<Questionnaire> find(QuestionnaireId id, int version) {
        var key = new PublishedVersion(id, version);
        var known = published.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        var stored = jdbc.sql("SELECT * FROM feedback.questionnaire_version WHERE questionnaire_id = :id AND version = :version")
                .param("id", id.value()).param("version", version)
                .query((rs, n) -> questionnaire(id, rs)).optional();
        stored.filter(Questionnaire::published).ifPresent(questionnaire -> published.put(key, questionnaire));
        return stored;
    }

    @Override
    public Optional<Questionnaire> latest(QuestionnaireId id) {
        return jdbc.sql("""
                SELECT * FROM feedback.questionnaire_version WHERE questionnaire_id = :id
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .param("id", id.value())
                .query((rs, n) -> questionnaire(id, rs)).optional();
    }

    @Override
    public List<Questionnaire> versions(QuestionnaireId id) {
        return jdbc.sql("SELECT * FROM feedback.questionnaire_version WHERE questionnaire_id = :id ORDER BY version")
                .param("id", id.value())
                .query((rs, n) -> questionnaire(id, rs)).list();
    }

    private String definition(Questionnaire version) {
        return json.writeValueAsString(QuestionnaireDocument.of(version));
    }

    private Questionnaire questionnaire(QuestionnaireId id, ResultSet rs) throws SQLException {
        var published = rs.getObject("published_at", OffsetDateTime.class);
        return json.readValue(rs.getString("definition"), QuestionnaireDocument.class)
                .toQuestionnaire(id, rs.getInt("version"), published == null ? null : published.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
