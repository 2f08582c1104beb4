package org.opencities.testbench.registry.account.web;

import org.opencities.testbench.registry.RegistryTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The registration API on H2, with the outbox mail sender. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class RegistrationApiIT extends RegistrationApiContract {
}
