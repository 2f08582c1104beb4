package org.opencities.testbench.registry.call.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.application.AlreadyApplied;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationChanged;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationState;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unique (call, app) constraint is what keeps an app from applying twice, even under concurrent requests. */
@Repository
class JdbcApplications implements Applications {

    private final JdbcClient jdbc;

    JdbcApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(Application application) {
        try {
            jdbc.sql("""
                    INSERT INTO registry.call_application (id, call_id, app_id, organisation_id, planned_testers,
                        start_date, end_date, state, submitted_by, submitted_at, pilot_id, version)
                    VALUES (:id, :call, :app, :organisation, :testers, :start, :end, :state, :by, :at, :pilot, :version)""")
                    .param("id", application.id().toString())
                    .param("call", application.call().value())
                    .param("app", application.app().toString())
                    .param("organisation", application.organisation().value())
                    .param("testers", application.plannedTesters())
                    .param("start", application.startDate())
                    .param("end", application.endDate())
                    .param("state", application.state().name())
                    .param("by", application.submittedBy())
                    .param("at", OffsetDateTime.ofInstant(application.submittedAt(), ZoneOffset.UTC))
                    .param("pilot", application.pilot())
                    .param("version", application.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyApplied(application.app().toString(), application.call().value());
        }
        for (int i = 0; i < application.cities().size(); i++) {
            jdbc.sql("INSERT INTO registry.call_application_city (application_id, city_id, position) VALUES (:id, :city, :position)")
                    .param("id", application.id().toString())
                    .param("city", application.cities().get(i).value())
                    .param("position", i)
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Application> find(ApplicationId id) {
        return withCities(jdbc.sql("SELECT * FROM registry.call_application WHERE id = :id")
                .param("id", id.toString())
                .query((rs, n) -> new Row(rs))
                .list()).stream().findFirst();
    }

    @Override
    @Transactional
    public Application update(Application application) {
        int updated = jdbc.sql("""
                UPDATE registry.call_application SET state = :state, pilot_id = :pilot, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("state", application.state().name())
                .param("pilot", application.pilot())
                .param("id", application.id().toString())
                .param("version", application.version())
                .update();
        if (updated == 0) {
            throw new ApplicationChanged(application.id());
        }
        return new Application(application.id(), application.call(), application.app(), application.organisation(),
                application.cities(), application.plannedTesters(), application.startDate(), application.endDate(),
                application.state(), application.submittedBy(), application.submittedAt(), application.pilot(),
                application.version() + 1);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Application> page(CallId call, Set<String> organisations, int offset, int limit) {
        return withCities(jdbc.sql("SELECT * FROM registry.call_application WHERE call_id = :call"
                        + ofOrganisations(organisations)
                        + " ORDER BY submitted_at, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("call", call.value())
                .param("organisations", organisations == null ? List.of() : List.copyOf(organisations))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new Row(rs))
                .list());
    }

    @Override
    public long count(CallId call, Set<String> organisations) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.call_application WHERE call_id = :call" + ofOrganisations(organisations))
                .param("call", call.value())
                .param("organisations", organisations == null ? List.of() : List.copyOf(organisations))
                .query(Long.class)
                .single();
    }

    /** An empty IN list is not portable SQL, so no organisations is written as a false condition. */
    private static String ofOrganisations(Set<String> organisations) {
        if (organisations == null) {
            return "";
        }
        return organisations.isEmpty() ? " AND 1 = 0" : " AND organisation_id IN (:organisations)";
    }

    private List<Application> withCities(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<CityId>> cities = jdbc.sql("""
                SELECT * FROM registry.call_application_city WHERE application_id IN (:ids)
                ORDER BY application_id, position""")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(rs.getString("application_id"), new CityId(rs.getString("city_id"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(row -> row.toApplication(cities.getOrDefault(row.id(), List.of()))).toList();
    }

    private record Row(String id, String call, String app, String organisation, int plannedTesters, LocalDate start,
            LocalDate end, ApplicationState state, String submittedBy, Instant submittedAt, String pilot, long version) {

        Row(ResultSet rs) throws SQLException {
            this(rs.getString("id"), rs.getString("call_id"), rs.getString("app_id"), rs.getString("organisation_id"),
                    rs.getInt("planned_testers"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), ApplicationState.valueOf(rs.getString("state")),
                    rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                    rs.getString("pilot_id"), rs.getLong("version"));
        }

        Application toApplication(List<CityId> cities) {
            return new Application(ApplicationId.of(id), new CallId(call), AppId.of(app), new OrganisationId(organisation),
                    cities, plannedTesters, start, end, state, submittedBy, submittedAt, pilot, version);
        }
    }
}
