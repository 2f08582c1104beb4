package org.opencities.testbench.feedback.qos.persistence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.feedback.qos.PilotScores;
import org.opencities.testbench.feedback.qos.ScoredAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPilotScores implements PilotScores {

    private final JdbcClient jdbc;

    JdbcPilotScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScoredAnswer> withSegment(String pilotId) {
        var scores = new HashMap<UUID, Map<String, Double>>();
        jdbc.sql("""
                SELECT s.response_id, s.score_key, s.score FROM feedback.response_score s
                JOIN feedback.response r ON r.id = s.response_id
                WHERE r.pilot_id = :pilot AND r.segment_code IS NOT NULL""")
                .param("pilot", pilotId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getObject("response_id", UUID.class), id -> new LinkedHashMap<>())
                            .put(rs.getString("score_key"), rs.getDouble("score"));
                });
        return jdbc.sql("""
                SELECT id, segment_code, submitted_at FROM feedback.response
                WHERE pilot_id = :pilot AND segment_code IS NOT NULL ORDER BY submitted_at, id""")
                .param("pilot", pilotId)
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new ScoredAnswer(id.toString(), rs.getString("segment_code"),
                            rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), scores.getOrDefault(id, Map.of()));
                })
                .list();
    }
}
