package org.opencities.testbench.orchestrator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Databases for repository tests, migrated with the orchestrator's migrations: a fresh in-memory
 * H2 in PostgreSQL mode, and a real PostgreSQL 14 (zonky) started once per test JVM.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return migrated(h2);
    }

    public static synchronized DataSource postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            migrated(postgres.getPostgresDatabase());
        }
        return postgres.getPostgresDatabase();
    }

    /**
     * A PostgreSQL of the caller's own, migrated, for tests whose tables must not be touched by the
     * relays and resume sweeps of application contexts cached in the same JVM (which use
     * {@link #postgres()}); the caller closes it.
     */
    public static EmbeddedPostgres ownPostgres() {
        try {
            var own = EmbeddedPostgres.builder().start();
            migrated(own.getPostgresDatabase());
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSource migrated(DataSource dataSource) {
        OrchestratorModule.migrations(dataSource).migrate();
        return dataSource;
    }
}
