package org.opencities.testbench.orchestrator.admission.persistence;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The ledger contract on a real PostgreSQL 14 (zonky embedded), as the distributed bench runs it. */
class JdbcCapacityLedgerPostgresIT extends LedgerContract {

    static EmbeddedPostgres postgres;
    /** One instance, so that the ledger's statements and the caller's transactions share connections. */
    static DataSource database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return database;
    }
}
