package org.opencities.testbench.registry.enrolment.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Enrols testers of a Helsinki pilot through the API, the way the enrolment page does. */
final class TestersWithContact {

    private final MockMvc mvc;
    private final JsonMapper json;

    TestersWithContact(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A tester who agreed to be contacted at {@code email}: the answer of {@code POST /api/v1/enrolments}. */
    JsonNode enrol(String pilotId, String language, String email) throws Exception {
        var consents = currentConsents();
        return enrolWith(pilotId, language, "\"email\":\"%s\",\"consents\":[{\"purpose\":\"participation\",\"version\":%d},"
                .formatted(email, consents.path(0).path("version").asInt())
                + "{\"purpose\":\"contact\",\"version\":%d}]".formatted(consents.path(1).path("version").asInt()));
    }

    /** A tester who gave no address and only the participation consent. */
    JsonNode enrolWithoutContact(String pilotId, String language) throws Exception {
        return enrolWith(pilotId, language, "\"consents\":[{\"purpose\":\"participation\",\"version\":%d}]"
                .formatted(currentConsents().path(0).path("version").asInt()));
    }

    private JsonNode enrolWith(String pilotId, String language, String contactAndConsents) throws Exception {
        var batch = json.readTree(mvc.perform(post("/api/v1/pilots/{id}/invitations", pilotId)
                        .with(httpBasic("lab-helsinki", "lab")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"count\":1,\"expiresAt\":\"%s\",\"language\":\"%s\"}"
                                .formatted(Instant.now().plus(5, ChronoUnit.DAYS), language)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String invitation = URI.create(batch.path("links").path(0).asString()).getPath().substring("/enrol/".length());
        return json.readTree(mvc.perform(post("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invitation":"%s","language":"%s","city":"helsinki","device":"laptop","platform":"linux",%s}"""
                        .formatted(invitation, language, contactAndConsents)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** The current consent texts, in purpose order: participation, contact, research. */
    private JsonNode currentConsents() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/consents")).andReturn().getResponse().getContentAsString())
                .path("items");
    }
}
