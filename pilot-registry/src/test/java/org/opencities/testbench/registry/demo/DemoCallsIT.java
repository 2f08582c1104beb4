package org.opencities.testbench.registry.demo;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The demo call seeded at start, as anyone and the demo SME see it. */
@SpringBootTest(classes = RegistryTestApplication.class, properties = "testbench.registry.demo-data=true")
@AutoConfigureMockMvc
class DemoCallsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void publishesTheDemoCallRunByHelsinkiWithTwoJurors() throws Exception {
        mvc.perform(get("/api/v1/calls/smart-city-services-2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.owner").value("helsinki"))
                .andExpect(jsonPath("$.maxPilots").value(3))
                .andExpect(jsonPath("$.criteria.length()").value(3))
                .andExpect(jsonPath("$.capacities[*].city", contains("helsinki", "oulu", "amsterdam")))
                .andExpect(jsonPath("$.jurors", contains("lab-helsinki", "juror-helsinki")));
    }

    @Test
    void letsTheDemoSmeApplyWithItsApp() throws Exception {
        var start = LocalDate.now().plusDays(100);
        mvc.perform(post("/api/v1/calls/smart-city-services-2027/applications").with(httpBasic("sme-demo", "sme-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"appId":"%s","cities":["helsinki","oulu"],"plannedTesters":120,
                                 "startDate":"%s","endDate":"%s"}""".formatted(DemoOrganisations.APP.id(), start,
                                start.plusDays(90))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId").value("sme-demo"));
    }
}
