package org.opencities.testbench.probes.agent.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.ProbesTestApplication;
import org.opencities.testbench.probes.agent.ProbeAgents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(classes = ProbesTestApplication.class)
@AutoConfigureMockMvc
class ProbeAgentApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProbeAgents agents;

    @Test
    void registersANewAgentThenUpdatesIt() throws Exception {
        register("oulu-olt-1", "oulu-pon-1", "192.0.2.10:862")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("oulu-olt-1"))
                .andExpect(jsonPath("$.segment").value("oulu-pon-1"))
                .andExpect(jsonPath("$.registeredAt").value(notNullValue()))
                .andExpect(jsonPath("$.lastHeartbeat").value(nullValue()))
                .andExpect(jsonPath("$.stale").value(true));

        register("oulu-olt-1", "oulu-pon-2", "[2001:db8::10]:862")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.segment").value("oulu-pon-2"))
                .andExpect(jsonPath("$.address").value("[2001:db8::10]:862"));
    }

    @Test
    void recordsHeartbeatsOfRegisteredAgents() throws Exception {
        register("gent-olt-1", "gent-pon-1", "probe-1.gent.example:5201").andExpect(status().isCreated());

        mvc.perform(post("/api/v1/probes/agents/gent-olt-1/heartbeat").with(httpBasic("operator", "operator")))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/probes/agents/gent-olt-1").with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastHeartbeat").value(notNullValue()))
                .andExpect(jsonPath("$.stale").value(false));
    }

    @Test
    void listsAgentsByIdWithTotals() throws Exception {
        register("list-olt-1", "pon-1", "192.0.2.11:862").andExpect(status().is2xxSuccessful());
        register("list-olt-2", "pon-1", "192.0.2.12:862").andExpect(status().is2xxSuccessful());
        register("list-olt-3", "pon-1", "192.0.2.13:862").andExpect(status().is2xxSuccessful());

        mvc.perform(get("/api/v1/probes/agents").param("offset", "0").param("limit", "2")
                        .with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", Long.toString(agents.count())))
                .andExpect(header().string("X-Result-Count", "2"))
                .andExpect(jsonPath("$.limit").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void answersUnknownAgentWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/probes/agents/atlantis-1").with(httpBasic("operator", "operator")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("atlantis-1")));

        mvc.perform(post("/api/v1/probes/agents/atlantis-1/heartbeat").with(httpBasic("operator", "operator")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnAddressWithoutAValidPortNamingTheField() throws Exception {
        register("rome-olt-1", "rome-pon-1", "probe-1.rome.example:70000")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("address"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("65535")));
    }

    @Test
    void refusesAnAgentIdThatIsNoSlug() throws Exception {
        register("Rome_OLT", "rome-pon-1", "192.0.2.10:862")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("lower-case slug")));
    }

    @Test
    void requiresCredentials() throws Exception {
        mvc.perform(get("/api/v1/probes/agents")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/probes/agents/oulu-olt-9").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAUserWithoutAnOperatorOrAdministratorRole() throws Exception {
        mvc.perform(get("/api/v1/probes/agents").with(user("tester").roles("TESTER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/probes/agents/oulu-olt-1/heartbeat").with(user("tester").roles("TESTER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheAgentsPageToOperatorsInTheChosenLanguage() throws Exception {
        register("bologna-olt-1", "bologna-pon-1", "192.0.2.20:862").andExpect(status().is2xxSuccessful());

        mvc.perform(get("/probes/agents").header("Accept-Language", "fi").with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mittausagentit")))
                .andExpect(content().string(containsString("bologna-olt-1")))
                .andExpect(content().string(containsString("Ei vielä elonmerkkiä")));

        mvc.perform(get("/probes/agents")).andExpect(status().isUnauthorized());
    }

    private ResultActions register(String id, String segment, String address) throws Exception {
        return mvc.perform(put("/api/v1/probes/agents/{id}", id)
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"segment":"%s","address":"%s","version":"1.4.2"}""".formatted(segment, address)));
    }
}
