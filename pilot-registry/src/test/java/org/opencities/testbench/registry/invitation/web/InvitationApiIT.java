package org.opencities.testbench.registry.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.invitation.Recruitment;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Invitation batches over REST, with the real H2. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class InvitationApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesUnguessableLinksOnceAndStoresOnlyTheirHashes() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki", "gent");

        var body = mvc.perform(issue(pilot, 3, inDays(30), "fi", "lab-gent").header("Idempotency-Key", key()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.links", hasSize(3)))
                .andExpect(jsonPath("$.batch.size").value(3))
                .andExpect(jsonPath("$.batch.unused").value(3))
                .andExpect(jsonPath("$.batch.language").value("fi"))
                .andReturn().getResponse().getContentAsString();

        var tokens = new ArrayList<String>();
        for (var link : json.readTree(body).path("links")) {
            String path = URI.create(link.asString()).getPath();
            assertThat(path).startsWith("/enrol/");
            tokens.add(path.substring("/enrol/".length()));
        }
        assertThat(tokens).allSatisfy(token -> assertThat(token).hasSizeGreaterThanOrEqualTo(43)).doesNotHaveDuplicates();
        String batchId = json.readTree(body).path("batch").path("id").asString();
        var stored = jdbc.sql("SELECT token_hash FROM registry.invitation WHERE batch_id = :batch")
                .param("batch", batchId).query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(
                tokens.stream().map(token -> new SecretToken(token).hash()).toList());
        long copies = jdbc.sql("SELECT COUNT(*) FROM registry.idempotent_request WHERE body LIKE :token")
                .param("token", "%" + tokens.get(0) + "%").query(Long.class).single();
        assertThat(copies).as("no stored copy of a link").isZero();
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheSameBatchWithoutLinks() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String key = key();

        var first = mvc.perform(issue(pilot, 2, inDays(10), "en", "lab-helsinki").header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(issue(pilot, 2, inDays(10), "en", "lab-helsinki").header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.batch.id").value(json.readTree(first).path("batch").path("id").asString()))
                .andExpect(jsonPath("$.links", hasSize(0)));

        mvc.perform(get("/api/v1/pilots/{id}/invitations", pilot.id().value()).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(header().string("X-Total-Count", "1"));
    }

    @Test
    void refusesInvitationsForAPilotNotYetAccepted() throws Exception {
        var pilot = Recruitment.submittedPilot(lifecycle, "helsinki");

        mvc.perform(issue(pilot, 5, inDays(10), "en", "lab-helsinki"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("SUBMITTED")));
        assertThat(batchesOf(pilot)).isZero();
    }

    @Test
    void refusesAnExpiryInThePastOrBeyondAYearNamingTheField() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");

        mvc.perform(issue(pilot, 5, Instant.now().minus(1, ChronoUnit.HOURS), "en", "lab-helsinki"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
        mvc.perform(issue(pilot, 5, inDays(400), "en", "lab-helsinki"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
        assertThat(batchesOf(pilot)).isZero();
    }

    @Test
    void refusesACountOutsideOneToFiveHundredAndAnUnknownLanguage() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");

        mvc.perform(issue(pilot, 501, inDays(10), "xx", "lab-helsinki"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'count')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'language')]").exists());
        mvc.perform(issue(pilot, 0, inDays(10), "en", "lab-helsinki"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        assertThat(batchesOf(pilot)).isZero();
    }

    @Test
    void letsOnlyTheLabsOfThePilotsCitiesRecruit() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");

        mvc.perform(issue(pilot, 1, inDays(10), "en", "lab-gent")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/pilots/{id}/invitations", pilot.id().value()).with(httpBasic("sme-a", "sme"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pilots/{id}/invitations", pilot.id().value()).with(httpBasic("sme-a", "sme")))
                .andExpect(status().isForbidden());
        mvc.perform(issue(pilot, 1, inDays(10), "en", "admin")).andExpect(status().isCreated());
        assertThat(batchesOf(pilot)).isOne();
    }

    @Test
    void revokingABatchCountsItsUnusedLinksAsExpired() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var body = mvc.perform(issue(pilot, 4, inDays(10), "sv", "lab-helsinki"))
                .andReturn().getResponse().getContentAsString();
        String batchId = json.readTree(body).path("batch").path("id").asString();

        mvc.perform(post("/api/v1/pilots/{id}/invitations/{batch}/revoke", pilot.id().value(), batchId)
                        .with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").isNotEmpty())
                .andExpect(jsonPath("$.unused").value(0))
                .andExpect(jsonPath("$.expired").value(4));
        mvc.perform(get("/api/v1/pilots/{id}/invitations", pilot.id().value()).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(batchId))
                .andExpect(jsonPath("$.items[0].expired").value(4))
                .andExpect(jsonPath("$.items[0].links").doesNotExist());
    }

    private MockHttpServletRequestBuilder issue(Pilot pilot, int count, Instant expiresAt, String language, String user) {
        String password = switch (user) {
            case "admin" -> "admin";
            default -> "lab";
        };
        return post("/api/v1/pilots/{id}/invitations", pilot.id().value()).with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"count\":%d,\"expiresAt\":\"%s\",\"language\":\"%s\"}".formatted(count, expiresAt, language));
    }

    private long batchesOf(Pilot pilot) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.invitation_batch WHERE pilot_id = :pilot")
                .param("pilot", pilot.id().value()).query(Long.class).single();
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
