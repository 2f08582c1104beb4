package org.opencities.testbench.feedback.rights.web;

import java.util.Objects;

import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.TestDatabases;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ErasureLeavesNoTrace} against a real PostgreSQL (the module's {@link TestDatabases}) and the embedded broker.
 * The context closes after the class, while the embedded PostgreSQL still runs: left to the JVM's shutdown hooks, the
 * database could stop first and the outbox's shutdown check would wait 30 s for a connection.
 */
@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
@DirtiesContext
class ErasureLeavesNoTraceOnPostgresIT extends ErasureLeavesNoTrace {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        var postgres = (PGSimpleDataSource) TestDatabases.postgres();
        registry.add("spring.datasource.url", postgres::getURL);
        registry.add("spring.datasource.username", () -> Objects.requireNonNullElse(postgres.getUser(), ""));
        registry.add("spring.datasource.password", () -> Objects.requireNonNullElse(postgres.getPassword(), ""));
    }
}
