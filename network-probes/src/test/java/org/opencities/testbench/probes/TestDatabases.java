package org.opencities.testbench.probes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases persistence tests run against: H2 in PostgreSQL mode, and a real PostgreSQL —
 * the one named by {@code TESTBENCH_TEST_POSTGRES_URL} if set, otherwise an embedded PostgreSQL
 * started once per test JVM.
 */
public final class TestDatabases {

    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    public static DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return h2;
    }

    public static synchronized DataSource postgres() {
        String url = System.getenv("TESTBENCH_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            var external = new PGSimpleDataSource();
            external.setURL(url);
            return external;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return embedded.getPostgresDatabase();
    }
}
