package org.opencities.testbench.registry.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The lab managers' invitation pages over real H2: issue a batch, see its links once, revoke it. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class InvitationPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    Invitations invitations;

    @Test
    void aLabManagerIssuesLinksSeesThemOnceAndRevokesTheBatch() throws Exception {
        var pilot = acceptedPilotIn("helsinki");
        String page = "/lab/pilots/" + pilot.id().value() + "/invitations";

        mvc.perform(get("/lab/pilots").with(httpBasic("lab-helsinki", "lab")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("recruiting-" + pilot.id().value())));
        String issued = mvc.perform(post(page).with(httpBasic("lab-helsinki", "lab")).with(csrf())
                        .header("Accept-Language", "en")
                        .param("count", "3").param("expiresOn", LocalDate.now().plusDays(14).toString())
                        .param("language", "fi"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("3 links issued")))
                .andReturn().getResponse().getContentAsString();

        assertThat(Pattern.compile("/enrol/[A-Za-z0-9_-]{20,}").matcher(issued).results().count()).isEqualTo(3);
        var batch = invitations.batches(pilot.id(), Instant.now(), 0, 10).get(0);
        assertThat(batch.unused()).isEqualTo(3);
        assertThat(batch.batch().language()).isEqualTo("fi");
        mvc.perform(get(page).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(content().string(not(containsString("/enrol/"))));

        mvc.perform(post(page + "/" + batch.batch().id() + "/revoke").with(httpBasic("lab-helsinki", "lab")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(invitations.findBatch(batch.batch().id()).orElseThrow().revoked()).isTrue();
    }

    @Test
    void refusesAnImpossibleBatchAtItsFieldAndStoresNothing() throws Exception {
        var pilot = acceptedPilotIn("helsinki");

        mvc.perform(post("/lab/pilots/" + pilot.id().value() + "/invitations").with(httpBasic("lab-helsinki", "lab"))
                        .with(csrf()).param("count", "501")
                        .param("expiresOn", LocalDate.now().plusDays(14).toString()).param("language", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issue-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"issue-error\"")));

        assertThat(invitations.countBatches(pilot.id())).isZero();
    }

    @Test
    void hidesAnotherCitysPilotFromALabManager() throws Exception {
        var pilot = acceptedPilotIn("helsinki");

        mvc.perform(get("/lab/pilots/" + pilot.id().value() + "/invitations").with(httpBasic("lab-gent", "lab")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/lab/pilots").with(httpBasic("lab-gent", "lab")))
                .andExpect(content().string(not(containsString(pilot.id().value()))));
    }

    private Pilot acceptedPilotIn(String city) {
        var pilot = lifecycle.submit("app-citybike", "org-a", List.of(city), 10, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), new RequiredNetwork(new Bandwidth(20_000, 100_000),
                        new Bandwidth(5_000, 20_000), 30, 5, 0.001), "admin");
        return lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.ACCEPTED, "admin", "fits");
    }
}
