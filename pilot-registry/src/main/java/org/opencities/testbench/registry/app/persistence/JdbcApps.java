package org.opencities.testbench.registry.app.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppChanged;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.AppNotFound;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.app.Bandwidth;
import org.opencities.testbench.registry.app.NetworkRequirements;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Platforms and languages are short tokens without commas, so they are kept as comma-separated lists. */
@Repository
class JdbcApps implements Apps {

    private final JdbcClient jdbc;

    JdbcApps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<App> page(OrganisationId organisation, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM registry.app WHERE organisation_id = :organisation
                ORDER BY name, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("organisation", organisation.value())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> app(rs))
                .list();
    }

    @Override
    public long count(OrganisationId organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.app WHERE organisation_id = :organisation")
                .param("organisation", organisation.value())
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<App> find(AppId id) {
        return jdbc.sql("SELECT * FROM registry.app WHERE id = :id").param("id", id.toString()).query((rs, n) -> app(rs)).optional();
    }

    @Override
    public boolean addIfAbsent(App app) {
        return bind(jdbc.sql("""
                INSERT INTO registry.app (id, organisation_id, name, description, category, platforms, languages, website,
                    downstream_guaranteed_kbps, downstream_maximum_kbps, upstream_guaranteed_kbps, upstream_maximum_kbps,
                    max_latency_ms, max_jitter_ms, max_loss_ratio, version)
                VALUES (:id, :organisation, :name, :description, :category, :platforms, :languages, :website,
                    :downGuaranteed, :downMaximum, :upGuaranteed, :upMaximum, :latency, :jitter, :loss, 0)
                ON CONFLICT DO NOTHING"""), app)
                .param("organisation", app.organisation().value())
                .update() == 1;
    }

    @Override
    @Transactional
    public App update(App app) {
        int updated = bind(jdbc.sql("""
                UPDATE registry.app SET name = :name, description = :description, category = :category,
                    platforms = :platforms, languages = :languages, website = :website,
                    downstream_guaranteed_kbps = :downGuaranteed, downstream_maximum_kbps = :downMaximum,
                    upstream_guaranteed_kbps = :upGuaranteed, upstream_maximum_kbps = :upMaximum,
                    max_latency_ms = :latency, max_jitter_ms = :jitter, max_loss_ratio = :loss, version = version + 1
                WHERE id = :id AND version = :version"""), app)
                .param("version", app.version())
                .update();
        if (updated == 0) {
            throw find(app.id()).isPresent() ? new AppChanged(app.id()) : new AppNotFound(app.id());
        }
        return find(app.id()).orElseThrow();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, App app) {
        var network = app.network();
        return statement
                .param("id", app.id().toString())
                .param("name", app.name())
                .param("description", app.description())
                .param("category", app.category().name())
                .param("platforms", String.join(",", app.platforms()))
                .param("languages", String.join(",", app.languages().stream().map(Locale::toLanguageTag).toList()))
                .param("website", app.website() == null ? null : app.website().toString())
                .param("downGuaranteed", network.downstream().guaranteedKbps())
                .param("downMaximum", network.downstream().maximumKbps())
                .param("upGuaranteed", network.upstream().guaranteedKbps())
                .param("upMaximum", network.upstream().maximumKbps())
                .param("latency", network.maxLatencyMs())
                .param("jitter", network.maxJitterMs())
                .param("loss", network.maxLossRatio());
    }

    private static App app(ResultSet rs) throws SQLException {
        var network = new NetworkRequirements(
                Bandwidth.downstream(rs.getLong("downstream_guaranteed_kbps"), rs.getLong("downstream_maximum_kbps")),
                Bandwidth.upstream(rs.getLong("upstream_guaranteed_kbps"), rs.getLong("upstream_maximum_kbps")),
                rs.getInt("max_latency_ms"), rs.getInt("max_jitter_ms"), rs.getDouble("max_loss_ratio"));
        String website = rs.getString("website");
        return new App(AppId.of(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                rs.getString("name"), rs.getString("description"), AppCategory.valueOf(rs.getString("category")),
                tokens(rs.getString("platforms")), tokens(rs.getString("languages")).stream().map(Locale::forLanguageTag).toList(),
                website == null ? null : URI.create(website), network, rs.getLong("version"));
    }

    private static List<String> tokens(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
