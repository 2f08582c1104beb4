package org.opencities.testbench.registry.pilot.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Pages that show pilots: the public page of running pilots, and an SME's pilot, rendered from real H2. */
@SpringBootTest(classes = RegistryTestApplication.class, properties = "testbench.registry.demo-data=true")
@AutoConfigureMockMvc
class PilotPagesIT {

    private static final String DEMO_APP = "7f1b2222-ebe8-3119-8e8a-8cbdde4c0d6b";

    @Autowired
    MockMvc mvc;
    @Autowired
    PilotLifecycle lifecycle;

    @Test
    void showsRunningPilotsWithTheirAppAndOrganisationToAnyone() throws Exception {
        var running = pilotIn("tampere", PilotState.ACTIVE);
        var degraded = pilotIn("tampere", PilotState.DEGRADED);
        var submitted = lifecycle.submit(DEMO_APP, "sme-demo", List.of("tampere"), 5, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network(), "admin");

        mvc.perform(get("/pilots").param("city", "tampere").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pilot-" + running.id().value() + "\"")))
                .andExpect(content().string(containsString("id=\"pilot-" + degraded.id().value() + "\"")))
                .andExpect(content().string(not(containsString(submitted.id().value()))))
                .andExpect(content().string(containsString("CityBike Live")))
                .andExpect(content().string(containsString("Demo Mobility Oy")))
                .andExpect(content().string(containsString("Running, network quality below target")));
    }

    @Test
    void filtersByCityAndSaysSoWhenNothingRuns() throws Exception {
        var elsewhere = pilotIn("oulu", PilotState.ACTIVE);

        mvc.perform(get("/pilots").param("city", "lahti").header("Accept-Language", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(elsewhere.id().value()))))
                .andExpect(content().string(containsString("Täällä ei ole vielä käynnissä pilotteja.")));
    }

    @Test
    void showsItsSmeAPilotWhoseAppIsNamedByAnotherSystemsId() throws Exception {
        var pilot = lifecycle.submit("app-citybike", "sme-demo", List.of("tampere"), 5, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network(), "admin");

        mvc.perform(get("/sme/pilots/{id}", pilot.id().value()).with(httpBasic("sme-demo", "sme-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(pilot.id().value())));
    }

    private Pilot pilotIn(String city, PilotState target) {
        var pilot = lifecycle.submit(DEMO_APP, "sme-demo", List.of(city), 5, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network(), "admin");
        for (var state : List.of(PilotState.ACCEPTED, PilotState.PROVISIONING, PilotState.ACTIVE, PilotState.DEGRADED)) {
            pilot = lifecycle.move(pilot.id(), OptionalLong.empty(), state, "admin", "set up for the page");
            if (state == target) {
                break;
            }
        }
        return pilot;
    }

    private static RequiredNetwork network() {
        return new RequiredNetwork(new Bandwidth(20_000, 100_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001);
    }
}
