package org.opencities.testbench.feedback.campaign.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class CampaignApiIT {

    static final String NPS_ONLY = """
            {"title": {"en": "NPS"}, "languages": ["en"], "items": [{"kind": "instrument", "instrument": "nps"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;

    String pilot;
    String questionnaire;

    @BeforeEach
    void acceptedPilotAndPublishedQuestionnaire() throws Exception {
        pilot = "pilot-" + UUID.randomUUID();
        pilots.remember(new Pilot(pilot, Set.of("helsinki", "oulu"), LocalDate.of(2026, 1, 15), LocalDate.of(2030, 4, 15)));
        questionnaire = JsonPath.read(mvc.perform(post("/api/v1/questionnaires").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(NPS_ONLY))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void refusesADraftVersionAndThenPlansWithThePilotsEndAsDefault() throws Exception {
        plan("lab-helsinki", "lab", "\"quotas\": {\"helsinki\": 50}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("draft")));
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", questionnaire).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());

        String id = JsonPath.read(plan("lab-helsinki", "lab", "\"quotas\": {\"helsinki\": 50}, \"afterEnrolment\": \"P7D\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.opensAt").value("2026-01-15T00:00:00Z"))
                .andExpect(jsonPath("$.closesAt").value("2030-04-16T00:00:00Z"))
                .andExpect(jsonPath("$.quotas.helsinki").value(50))
                .andExpect(jsonPath("$.createdBy").value("lab-helsinki"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/campaigns/{id}", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pilotId").value(pilot));
        mvc.perform(get("/api/v1/campaigns").param("pilotId", pilot).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void keepsCampaignsFromLabManagersOfOtherCities() throws Exception {
        publish();
        String id = JsonPath.read(plan("admin", "admin", "").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        plan("lab-berlin", "lab", "")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("pilotId"));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(httpBasic("lab-berlin", "lab")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns").param("pilotId", pilot).with(httpBasic("lab-berlin", "lab")))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(httpBasic("sme", "sme"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/{id}", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesUnknownPilotsQuotasOutsideThePilotAndEmptyWindows() throws Exception {
        publish();
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"pilot-unknown\", \"questionnaireId\": \"%s\", \"version\": 1}".formatted(questionnaire)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pilotId"));
        plan("admin", "admin", "\"quotas\": {\"berlin\": 10}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("quotas.berlin"));
        plan("admin", "admin", "\"opensAt\": \"2029-01-01T00:00:00Z\", \"closesAt\": \"2028-01-01T00:00:00Z\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closesAt"));
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pilotId\": \"\", \"questionnaireId\": \"%s\"}".formatted(questionnaire)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        plan("admin", "admin", "\"afterEnrolment\": \"a week\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("afterEnrolment"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("Duration")));
    }

    private void publish() throws Exception {
        mvc.perform(post("/api/v1/questionnaires/{id}/versions/1/publish", questionnaire).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
    }

    private ResultActions plan(String user, String password, String extra) throws Exception {
        return mvc.perform(post("/api/v1/campaigns").with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"pilotId\": \"%s\", \"questionnaireId\": \"%s\", \"version\": 1%s}"
                        .formatted(pilot, questionnaire, extra.isEmpty() ? "" : ", " + extra)));
    }
}
