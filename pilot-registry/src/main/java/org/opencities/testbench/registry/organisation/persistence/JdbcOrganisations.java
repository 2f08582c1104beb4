package org.opencities.testbench.registry.organisation.persistence;

import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationConflict;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.OrganisationNotFound;
import org.opencities.testbench.registry.organisation.Organisations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcOrganisations implements Organisations {

    private static final RowMapper<Organisation> ROW = (rs, n) -> new Organisation(new OrganisationId(rs.getString("id")),
            rs.getString("name"), rs.getString("country"), rs.getString("vat_id"), rs.getString("contact_email"),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    JdbcOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Organisation> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM registry.organisation ORDER BY name, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM registry.organisation").query(Long.class).single();
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("SELECT * FROM registry.organisation WHERE id = :id").param("id", id.value()).query(ROW).optional();
    }

    @Override
    public Organisation add(Organisation organisation) {
        if (!addIfAbsent(organisation)) {
            throw OrganisationConflict.idTaken(organisation.id());
        }
        return find(organisation.id()).orElseThrow();
    }

    @Override
    public boolean addIfAbsent(Organisation organisation) {
        return jdbc.sql("""
                INSERT INTO registry.organisation (id, name, country, vat_id, contact_email, version)
                VALUES (:id, :name, :country, :vatId, :email, 0) ON CONFLICT DO NOTHING""")
                .param("id", organisation.id().value())
                .param("name", organisation.name())
                .param("country", organisation.country())
                .param("vatId", organisation.vatId())
                .param("email", organisation.contactEmail())
                .update() == 1;
    }

    @Override
    @Transactional
    public Organisation update(Organisation organisation) {
        int updated = jdbc.sql("""
                UPDATE registry.organisation SET name = :name, country = :country, vat_id = :vatId,
                contact_email = :email, version = version + 1 WHERE id = :id AND version = :version""")
                .param("id", organisation.id().value())
                .param("name", organisation.name())
                .param("country", organisation.country())
                .param("vatId", organisation.vatId())
                .param("email", organisation.contactEmail())
                .param("version", organisation.version())
                .update();
        if (updated == 0) {
            throw find(organisation.id()).isPresent() ? OrganisationConflict.changed(organisation.id())
                    : new OrganisationNotFound(organisation.id());
        }
        return find(organisation.id()).orElseThrow();
    }
}
