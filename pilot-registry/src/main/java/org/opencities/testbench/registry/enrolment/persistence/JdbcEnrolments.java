package org.opencities.testbench.registry.enrolment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.enrolment.Device;
import org.opencities.testbench.registry.enrolment.Enrolment;
import org.opencities.testbench.registry.enrolment.EnrolmentAlreadyWithdrawn;
import org.opencities.testbench.registry.enrolment.EnrolmentState;
import org.opencities.testbench.registry.enrolment.Enrolments;
import org.opencities.testbench.registry.enrolment.GivenConsent;
import org.opencities.testbench.registry.enrolment.Platform;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.opencities.testbench.registry.pilot.PilotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcEnrolments implements Enrolments {

    private final JdbcClient jdbc;

    JdbcEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(Enrolment enrolment, String testerTokenHash, Optional<String> email, String invitationHash) {
        var at = utc(enrolment.enrolledAt());
        jdbc.sql("INSERT INTO registry.tester (id, token_hash, created_at) VALUES (:id, :hash, :at)")
                .param("id", enrolment.tester().value())
                .param("hash", testerTokenHash)
                .param("at", at)
                .update();
        email.ifPresent(address -> jdbc.sql("""
                INSERT INTO registry.tester_contact (tester_id, email, created_at) VALUES (:tester, :email, :at)""")
                .param("tester", enrolment.tester().value())
                .param("email", address)
                .param("at", at)
                .update());
        jdbc.sql("""
                INSERT INTO registry.enrolment (id, pilot_id, tester_id, invitation_hash, city, language, device,
                    platform, segment_code, state, enrolled_at, withdrawn_at)
                VALUES (:id, :pilot, :tester, :invitation, :city, :language, :device, :platform, :segment, :state,
                    :at, NULL)""")
                .param("id", enrolment.id())
                .param("pilot", enrolment.pilotId().value())
                .param("tester", enrolment.tester().value())
                .param("invitation", invitationHash)
                .param("city", enrolment.city())
                .param("language", enrolment.language())
                .param("device", enrolment.device().code())
                .param("platform", enrolment.platform().code())
                .param("segment", enrolment.segmentCode().orElse(null))
                .param("state", enrolment.state().name())
                .param("at", at)
                .update();
        for (var consent : enrolment.consents()) {
            jdbc.sql("""
                    INSERT INTO registry.enrolment_consent (enrolment_id, purpose, version)
                    VALUES (:enrolment, :purpose, :version)""")
                    .param("enrolment", enrolment.id())
                    .param("purpose", consent.purpose().code())
                    .param("version", consent.version())
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enrolment> findByTesterToken(String testerTokenHash) {
        return withConsents(jdbc.sql("""
                SELECT e.* FROM registry.enrolment e JOIN registry.tester t ON t.id = e.tester_id
                WHERE t.token_hash = :hash""")
                .param("hash", testerTokenHash)
                .query((rs, n) -> new EnrolmentRow(rs))
                .list()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enrolment> find(String enrolmentId) {
        return withConsents(jdbc.sql("SELECT * FROM registry.enrolment WHERE id = :id")
                .param("id", enrolmentId)
                .query((rs, n) -> new EnrolmentRow(rs))
                .list()).stream().findFirst();
    }

    @Override
    public Optional<String> contactAddress(TesterId tester) {
        return jdbc.sql("SELECT email FROM registry.tester_contact WHERE tester_id = :tester")
                .param("tester", tester.value())
                .query(String.class)
                .optional();
    }

    @Override
    public void withdraw(Enrolment withdrawn) {
        int updated = jdbc.sql("""
                UPDATE registry.enrolment SET state = :state, withdrawn_at = :at WHERE id = :id AND state = :enrolled""")
                .param("state", withdrawn.state().name())
                .param("at", utc(withdrawn.withdrawnAt()))
                .param("id", withdrawn.id())
                .param("enrolled", EnrolmentState.ENROLLED.name())
                .update();
        if (updated == 0) {
            throw new EnrolmentAlreadyWithdrawn(withdrawn.withdrawnAt());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enrolment> page(PilotId pilot, String city, int offset, int limit) {
        return withConsents(jdbc.sql("SELECT * FROM registry.enrolment WHERE pilot_id = :pilot"
                        + (city == null ? "" : " AND city = :city")
                        + " ORDER BY enrolled_at, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("pilot", pilot.value())
                .param("city", city)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new EnrolmentRow(rs))
                .list());
    }

    @Override
    public long count(PilotId pilot, String city) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.enrolment WHERE pilot_id = :pilot"
                        + (city == null ? "" : " AND city = :city"))
                .param("pilot", pilot.value())
                .param("city", city)
                .query(Long.class)
                .single();
    }

    @Override
    public List<CityCount> countsPerCity(PilotId pilot) {
        return jdbc.sql("""
                SELECT city,
                    SUM(CASE WHEN state = 'ENROLLED' THEN 1 ELSE 0 END) AS enrolled,
                    SUM(CASE WHEN state = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn
                FROM registry.enrolment WHERE pilot_id = :pilot GROUP BY city ORDER BY city""")
                .param("pilot", pilot.value())
                .query((rs, n) -> new CityCount(rs.getString("city"), rs.getLong("enrolled"), rs.getLong("withdrawn")))
                .list();
    }

    @Override
    @Transactional
    public boolean erase(TesterId tester) {
        int contacts = jdbc.sql("DELETE FROM registry.tester_contact WHERE tester_id = :tester")
                .param("tester", tester.value())
                .update();
        int tokens = jdbc.sql("""
                UPDATE registry.tester SET token_hash = NULL, erased_at = :at WHERE id = :tester AND erased_at IS NULL""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("tester", tester.value())
                .update();
        return contacts + tokens > 0;
    }

    private List<Enrolment> withConsents(List<EnrolmentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<GivenConsent>> consents = jdbc.sql("""
                SELECT * FROM registry.enrolment_consent WHERE enrolment_id IN (:ids) ORDER BY purpose""")
                .param("ids", rows.stream().map(EnrolmentRow::id).toList())
                .query((rs, n) -> Map.entry(rs.getString("enrolment_id"),
                        new GivenConsent(ConsentPurpose.named(rs.getString("purpose")), rs.getInt("version"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(row -> row.toEnrolment(consents.getOrDefault(row.id(), List.of()))).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record EnrolmentRow(String id, String pilotId, String tester, String city, String language, String device,
            String platform, String segmentCode, String state, Instant enrolledAt, Instant withdrawnAt) {

        EnrolmentRow(ResultSet rs) throws SQLException {
            this(rs.getString("id"), rs.getString("pilot_id"), rs.getString("tester_id"), rs.getString("city"),
                    rs.getString("language"), rs.getString("device"), rs.getString("platform"),
                    rs.getString("segment_code"), rs.getString("state"), instant(rs, "enrolled_at"),
                    instant(rs, "withdrawn_at"));
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            var value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        Enrolment toEnrolment(List<GivenConsent> consents) {
            // Consents read back in purpose order: participation, contact, research.
            var ordered = consents.stream().sorted((a, b) -> a.purpose().compareTo(b.purpose())).toList();
            return new Enrolment(id, new PilotId(pilotId), new TesterId(tester), city, language, Device.of(device),
                    Platform.of(platform), Optional.ofNullable(segmentCode), ordered, EnrolmentState.valueOf(state),
                    enrolledAt, withdrawnAt);
        }
    }
}
