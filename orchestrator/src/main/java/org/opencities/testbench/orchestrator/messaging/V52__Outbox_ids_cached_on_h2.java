package org.opencities.testbench.orchestrator.messaging;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, the outbox's ids come from a cache of 1,000 values instead of 32: H2 writes a sequence's
 * state with a commit of its own, i.e. a store of every page changed since the last one, each time
 * its cache runs out, which at five events per order was one store in six orders. H2 hands the
 * cached values out in order to every session, so the relay's oldest-first order stays. PostgreSQL
 * keeps its default: there each session caches its own range, and ids from several sessions would
 * no longer follow the order in which events were written. Named as Flyway names versioned Java migrations.
 */
public class V52__Outbox_ids_cached_on_h2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE outbox_message ALTER COLUMN id SET CACHE 1000");
            }
        }
    }
}
