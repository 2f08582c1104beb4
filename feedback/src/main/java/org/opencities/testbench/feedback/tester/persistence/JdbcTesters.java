package org.opencities.testbench.feedback.tester.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        // One query for the enrolments with their consents: every request of a tester starts here.
        var enrolments = new LinkedHashMap<String, ResultRow>();
        jdbc.sql("""
                SELECT t.*, c.purpose AS consent_purpose, c.version AS consent_version
                FROM feedback.tester t LEFT JOIN feedback.tester_consent c ON c.enrolment_id = t.enrolment_id
                WHERE t.token_sha256 = :token ORDER BY t.enrolled_at, t.enrolment_id, c.purpose""")
                .param("token", tokenSha256)
                .query(rs -> {
                    String enrolmentId = rs.getString("enrolment_id");
                    var enrolment = enrolments.get(enrolmentId);
                    if (enrolment == null) {
                        enrolment = new ResultRow(rs);
                        enrolments.put(enrolmentId, enrolment);
                    }
                    String purpose = rs.getString("consent_purpose");
                    if (purpose != null) {
                        enrolment.consents().add(new ConsentRecord(purpose, rs.getInt("consent_version")));
                    }
                });
        return enrolments.values().stream().map(ResultRow::tester).toList();
    }

    /** An enrolment's columns, read from its first row, and the consents of all its rows. */
    private record ResultRow(String enrolmentId, String pseudonym, String pilotId, String city, String language,
            String device, String platform, String segmentCode, String tokenSha256, Instant enrolledAt,
            Instant withdrawnAt, List<ConsentRecord> consents) {

        ResultRow(ResultSet rs) throws SQLException {
            this(rs.getString("enrolment_id"), rs.getString("pseudonym"), rs.getString("pilot_id"), rs.getString("city"),
                    rs.getString("language"), rs.getString("device"), rs.getString("platform"),
                    rs.getString("segment_code"), rs.getString("token_sha256"),
                    rs.getObject("enrolled_at", OffsetDateTime.class).toInstant(), instantOrNull(rs, "withdrawn_at"),
                    new ArrayList<>());
        }

        Tester tester() {
            return new Tester(enrolmentId, pseudonym, pilotId, city, language, device, platform, segmentCode, consents,
                    tokenSha256, enrolledAt, withdrawnAt);
        }

        private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
            var value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
