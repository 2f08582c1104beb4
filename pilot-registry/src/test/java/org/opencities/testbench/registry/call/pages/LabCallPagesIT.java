package org.opencities.testbench.registry.call.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.opencities.testbench.registry.call.CallFixtures.uniqueId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.call.CallFixtures;
import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.organisation.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The lab manager's draft form: errors next to the field in the page's language, and nothing stored. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class LabCallPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cities cities;
    @Autowired
    Organisations organisations;

    @BeforeEach
    void seed() {
        CallFixtures.seed(cities, organisations);
    }

    @Test
    void showsACriteriaErrorNextToTheFieldInGermanAndStoresNothing() throws Exception {
        String id = uniqueId("page-call");

        mvc.perform(draft(id, "Impact:3\nimpact:1").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"criteria-error\""),
                        containsString("aria-describedby=\"criteria-error criteria-hint\""),
                        containsString("eindeutigen Namen"))));

        mvc.perform(get("/api/v1/calls/{id}", id).with(httpBasic("admin", "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void draftsACallForTheManagersCity() throws Exception {
        String id = uniqueId("page-call");

        mvc.perform(draft(id, "Impact:3\nFeasibility:1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lab/calls"));

        mvc.perform(get("/lab/calls").with(httpBasic("lab-helsinki", "lab")))
                .andExpect(content().string(allOf(containsString("lab-call-" + id), containsString("move-" + id + "-OPEN"))));
        mvc.perform(get("/lab/calls").with(httpBasic("lab-gent", "lab")))
                .andExpect(content().string(not(containsString("lab-call-" + id))));
    }

    @Test
    void refusesTheLabPagesToAnSme() throws Exception {
        mvc.perform(get("/lab/calls").with(httpBasic("sme-a", "sme"))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder draft(String id, String criteria) {
        return post("/lab/calls").with(httpBasic("lab-helsinki", "lab")).with(csrf())
                .param("id", id).param("owner", "helsinki").param("title", "Page call")
                .param("description", "From the form")
                .param("opensAt", "2027-01-10T09:00+02:00[Europe/Helsinki]")
                .param("closesAt", "2027-03-10T17:00+02:00[Europe/Helsinki]")
                .param("criteria", criteria).param("capacities", "helsinki:1:100000:20000\noulu:1:50000:10000")
                .param("maxPilots", "2").param("minTesters", "10").param("maxTesters", "500");
    }
}
