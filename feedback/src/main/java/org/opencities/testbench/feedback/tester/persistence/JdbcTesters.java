package org.opencities.testbench.feedback.tester.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTesters implements Testers {

    private final JdbcClient jdbc;

    JdbcTesters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enrol(Tester tester) {
        int inserted = jdbc.sql("""
                INSERT INTO feedback.tester (enrolment_id, pseudonym, pilot_id, city, language, device, platform,
                    segment_code, token_sha256, enrolled_at)
                VALUES (:enrolment, :pseudonym, :pilot, :city, :language, :device, :platform, :segment, :token, :at)
                ON CONFLICT DO NOTHING""")
                .param("enrolment", tester.enrolmentId()).param("pseudonym", tester.pseudonym())
                .param("pilot", tester.pilotId()).param("city", tester.city()).param("language", tester.language())
                .param("device", tester.device()).param("platform", tester.platform())
                .param("segment", tester.segmentCode()).param("token", tester.tokenSha256())
                .param("at", utc(tester.enrolledAt()))
                .update();
        if (inserted == 1) {
            tester.consents().forEach(consent -> jdbc.sql("""
                    INSERT INTO feedback.tester_consent (enrolment_id, purpose, version) VALUES (:enrolment, :purpose, :version)""")
                    .param("enrolment", tester.enrolmentId()).param("purpose", consent.purpose())
                    .param("version", consent.version()).update());
        }
    }

    @Override
    public void withdraw(String enrolmentId, Instant at) {
        jdbc.sql("UPDATE feedback.tester SET withdrawn_at = :at WHERE enrolment_id = :enrolment AND withdrawn_at IS NULL")
                .param("at", utc(at)).param("enrolment", enrolmentId).update();
    }

    @Override
    public List<Tester> byTokenSha256(String tokenSha256) {
        return jdbc.sql("SELECT * FROM feedback.tester WHERE token_sha256 = :token ORDER BY enrolled_at")
                .param("token", tokenSha256)
                .query((rs, n) -> tester(rs))
                .list();
    }

    private Tester tester(ResultSet rs) throws SQLException {
        String enrolment = rs.getString("enrolment_id");
        var consents = jdbc.sql("SELECT purpose, version FROM feedback.tester_consent WHERE enrolment_id = :enrolment ORDER BY purpose")
                .param("enrolment", enrolment)
                .query((c, n) -> new ConsentRecord(c.getString("purpose"), c.getInt("version")))
                .list();
        var withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Tester(enrolment, rs.getString("pseudonym"), rs.getString("pilot_id"), rs.getString("city"),
                rs.getString("language"), rs.getString("device"), rs.getString("platform"), rs.getString("segment_code"),
                consents, rs.getString("token_sha256"), rs.getObject("enrolled_at", OffsetDateTime.class).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
