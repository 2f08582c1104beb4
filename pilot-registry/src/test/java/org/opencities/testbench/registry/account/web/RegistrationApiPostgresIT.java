package org.opencities.testbench.registry.account.web;

import javax.sql.DataSource;

import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The registration API on a real PostgreSQL, with the outbox mail sender. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
@Import(RegistrationApiPostgresIT.Postgres.class)
class RegistrationApiPostgresIT extends RegistrationApiContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {

        @Bean
        DataSource dataSource() {
            return TestDatabases.postgres();
        }
    }
}
