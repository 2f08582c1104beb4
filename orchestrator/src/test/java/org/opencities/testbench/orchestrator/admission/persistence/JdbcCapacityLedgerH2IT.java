package org.opencities.testbench.orchestrator.admission.persistence;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The ledger contract on H2 in PostgreSQL mode, as the single-node bench and the test app run it. */
class JdbcCapacityLedgerH2IT extends LedgerContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:ledger;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    }

    @Override
    DataSource dataSource() {
        return H2;
    }
}
