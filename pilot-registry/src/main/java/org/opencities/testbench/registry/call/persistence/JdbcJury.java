package org.opencities.testbench.registry.call.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.jury.Jury;
import org.opencities.testbench.registry.call.jury.Recusal;
import org.opencities.testbench.registry.call.jury.ScoreSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A sheet is replaced by deleting the juror's old one first: portable where upserts are not. */
@Repository
class JdbcJury implements Jury {

    private final JdbcClient jdbc;

    JdbcJury(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void score(ScoreSheet sheet) {
        removeSheet(sheet.application(), sheet.juror());
        jdbc.sql("INSERT INTO registry.jury_score (application_id, juror, comment, scored_at) VALUES (:app, :juror, :comment, :at)")
                .param("app", sheet.application().toString())
                .param("juror", sheet.juror())
                .param("comment", sheet.comment())
                .param("at", OffsetDateTime.ofInstant(sheet.at(), ZoneOffset.UTC))
                .update();
        for (int i = 0; i < sheet.points().size(); i++) {
            jdbc.sql("INSERT INTO registry.jury_point (application_id, juror, position, points) VALUES (:app, :juror, :position, :points)")
                    .param("app", sheet.application().toString())
                    .param("juror", sheet.juror())
                    .param("position", i)
                    .param("points", sheet.points().get(i))
                    .update();
        }
    }

    @Override
    @Transactional
    public void recuse(Recusal recusal) {
        removeSheet(recusal.application(), recusal.juror());
        if (!isRecused(recusal.application(), recusal.juror())) {
            jdbc.sql("""
                    INSERT INTO registry.jury_conflict (application_id, juror, reason, declared_at)
                    VALUES (:app, :juror, :reason, :at)""")
                    .param("app", recusal.application().toString())
                    .param("juror", recusal.juror())
                    .param("reason", recusal.reason())
                    .param("at", OffsetDateTime.ofInstant(recusal.at(), ZoneOffset.UTC))
                    .update();
        }
    }

    @Override
    public boolean isRecused(ApplicationId application, String juror) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.jury_conflict WHERE application_id = :app AND juror = :juror")
                .param("app", application.toString())
                .param("juror", juror)
                .query(Long.class)
                .single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScoreSheet> sheets(CallId call) {
        Map<String, List<Integer>> points = new HashMap<>();
        jdbc.sql("""
                SELECT p.* FROM registry.jury_point p JOIN registry.call_application a ON a.id = p.application_id
                WHERE a.call_id = :call ORDER BY p.application_id, p.juror, p.position""")
                .param("call", call.value())
                .query((rs, n) -> Map.entry(rs.getString("application_id") + "/" + rs.getString("juror"), rs.getInt("points")))
                .list()
                .forEach(e -> points.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("""
                SELECT s.* FROM registry.jury_score s JOIN registry.call_application a ON a.id = s.application_id
                WHERE a.call_id = :call ORDER BY s.application_id, s.juror""")
                .param("call", call.value())
                .query((rs, n) -> new ScoreSheet(ApplicationId.of(rs.getString("application_id")), rs.getString("juror"),
                        points.getOrDefault(rs.getString("application_id") + "/" + rs.getString("juror"), List.of()),
                        rs.getString("comment"), rs.getObject("scored_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public List<Recusal> recusals(CallId call) {
        return jdbc.sql("""
                SELECT c.* FROM registry.jury_conflict c JOIN registry.call_application a ON a.id = c.application_id
                WHERE a.call_id = :call ORDER BY c.application_id, c.juror""")
                .param("call", call.value())
                .query((rs, n) -> new Recusal(ApplicationId.of(rs.getString("application_id")), rs.getString("juror"),
                        rs.getString("reason"), rs.getObject("declared_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private void removeSheet(ApplicationId application, String juror) {
        for (String table : List.of("jury_point", "jury_score")) {
            jdbc.sql("DELETE FROM registry." + table + " WHERE application_id = :app AND juror = :juror")
                    .param("app", application.toString())
                    .param("juror", juror)
                    .update();
        }
    }
}
