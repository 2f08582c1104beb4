package org.opencities.testbench.registry.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.EventShapes;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.invitation.InvitationBatch;
import org.opencities.testbench.registry.invitation.Invitations;
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
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Testers enrolling from invitation links over REST, with the real broker and H2. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class EnrolmentApiIT {

    private static final Path EXAMPLES = Path.of("../docs/events/examples");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    Invitations invitations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void enrolsAPseudonymousTesterAndPublishesEnrolmentCreatedShapedLikeTheExample() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String link = issue(pilot, 1).get(0);

        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.pilot.events"), "ce_type = 'enrolment.created'")) {
            var body = mvc.perform(enrol(link, "helsinki", "research", "tester@example.org"))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andExpect(jsonPath("$.enrolment.tester").value(startsWith("tester-")))
                    .andExpect(jsonPath("$.enrolment.state").value("ENROLLED"))
                    .andExpect(jsonPath("$.personalLink").value(containsString("/enrol/me/")))
                    .andExpect(content().string(not(containsString("tester@example.org"))))
                    .andReturn().getResponse().getContentAsString();
            var enrolment = json.readTree(body).path("enrolment");
            String testerToken = json.readTree(body).path("testerToken").asString();

            var data = awaitEvent(consumer, enrolment.path("id").asString());
            var example = json.readTree(Files.readString(EXAMPLES.resolve("enrolment.created.json"))).path("data");
            assertThat(EventShapes.fieldPaths(data)).isEqualTo(EventShapes.fieldPaths(example));
            assertThat(data.path("tester").asString()).isEqualTo(enrolment.path("tester").asString());
            assertThat(data.path("consents").path(1).path("purpose").asString()).isEqualTo("contact");
            assertThat(data.toString()).doesNotContain("example.org").doesNotContain(testerToken);
            assertThat(data.path("testerTokenSha256").asString()).isEqualTo(new SecretToken(testerToken).hash());

            String tester = enrolment.path("tester").asString();
            assertThat(jdbc.sql("SELECT email FROM registry.tester_contact WHERE tester_id = :t").param("t", tester)
                    .query(String.class).single()).isEqualTo("tester@example.org");
            assertThat(jdbc.sql("SELECT token_hash FROM registry.tester WHERE id = :t").param("t", tester)
                    .query(String.class).single()).isEqualTo(new SecretToken(testerToken).hash());
        }
    }

    @Test
    void refusesALinkUsedBeforeAndLeavesTheFirstEnrolmentAlone() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String link = issue(pilot, 1).get(0);
        mvc.perform(enrol(link, "helsinki", null, null)).andExpect(status().isCreated());

        mvc.perform(enrol(link, "helsinki", null, null))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("used")));
        assertThat(enrolmentsOf(pilot)).isOne();
    }

    @Test
    void letsExactlyOneOfTwoConcurrentEnrolmentsWithOneLinkIn() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String link = issue(pilot, 1).get(0);
        var start = new CountDownLatch(1);

        var threads = Executors.newFixedThreadPool(2);
        try {
            var attempts = List.of(0, 1).stream().map(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return mvc.perform(enrol(link, "helsinki", null, null)).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads)).toList();
            start.countDown();

            var statuses = attempts.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            threads.shutdownNow();
        }
        assertThat(enrolmentsOf(pilot)).isOne();
    }

    @Test
    void refusesAnExpiredLinkWith410NamingItsExpiry() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var token = SecretToken.generate();
        var expiry = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        invitations.add(new InvitationBatch("batch-expired-" + pilot.id().value().substring(6), pilot.id(), "en", 1,
                expiry, expiry.minus(7, ChronoUnit.DAYS), "admin", null), List.of(token.hash()), null);

        mvc.perform(enrol("/enrol/" + token.value(), "helsinki", null, null))
                .andExpect(status().isGone())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.expiresAt").value(expiry.toString()))
                .andExpect(jsonPath("$.detail").value(containsString(expiry.toString())));
        assertThat(enrolmentsOf(pilot)).isZero();
    }

    @Test
    void refusesALinkOfARevokedBatchWith410() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var body = mvc.perform(post("/api/v1/pilots/{id}/invitations", pilot.id().value())
                        .with(httpBasic("lab-helsinki", "lab")).contentType(MediaType.APPLICATION_JSON)
                        .content(batch(1)))
                .andReturn().getResponse().getContentAsString();
        String batchId = json.readTree(body).path("batch").path("id").asString();
        mvc.perform(post("/api/v1/pilots/{id}/invitations/{batch}/revoke", pilot.id().value(), batchId)
                .with(httpBasic("lab-helsinki", "lab"))).andExpect(status().isOk());

        mvc.perform(enrol(json.readTree(body).path("links").path(0).asString(), "helsinki", null, null))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.revokedAt").isNotEmpty());
    }

    @Test
    void refusesAnUnknownLinkWith404() throws Exception {
        mvc.perform(enrol("/enrol/" + SecretToken.generate().value(), "helsinki", null, null))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void refusesBreachesOfTheRulesNamingTheFieldAndKeepsTheLinkUsable() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String link = issue(pilot, 1).get(0);
        String token = URI.create(link).getPath().substring("/enrol/".length());

        mvc.perform(enrol(link, "gent", null, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("city"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("helsinki")));
        mvc.perform(post("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invitation":"%s","language":"en","city":"helsinki","device":"phone","platform":"ios",
                         "email":"tester@example.org","consents":[{"purpose":"participation","version":%d}]}"""
                        .formatted(token, current("participation"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invitation":"%s","language":"en","city":"helsinki","device":"phone","platform":"ios",
                         "consents":[{"purpose":"research","version":%d}]}""".formatted(token, current("research"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consents"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("participation")));
        mvc.perform(post("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invitation":"%s","language":"en","city":"helsinki","device":"phone","platform":"ios",
                         "consents":[{"purpose":"participation","version":%d}]}""".formatted(token,
                        current("participation") + 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("current one is version")));
        assertThat(enrolmentsOf(pilot)).isZero();

        mvc.perform(enrol(link, "helsinki", null, null)).andExpect(status().isCreated());
    }

    @Test
    void refusesMalformedFieldsListingEachOne() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String token = URI.create(issue(pilot, 1).get(0)).getPath().substring("/enrol/".length());

        mvc.perform(post("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invitation":"%s","language":"xx","city":"helsinki","device":"fridge","platform":"ios",
                         "segmentCode":"a b","email":"not-an-address",
                         "consents":[{"purpose":"participation","version":1}]}""".formatted(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'language')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'device')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'segmentCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        assertThat(enrolmentsOf(pilot)).isZero();
    }

    @Test
    void letsATesterReadAndWithdrawOnlyTheirOwnEnrolment() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var links = issue(pilot, 2);
        var mine = json.readTree(mvc.perform(enrol(links.get(0), "helsinki", null, null))
                .andReturn().getResponse().getContentAsString());
        var theirs = json.readTree(mvc.perform(enrol(links.get(1), "helsinki", null, null))
                .andReturn().getResponse().getContentAsString());
        String token = mine.path("testerToken").asString();

        mvc.perform(get("/api/v1/enrolments/me").header("X-Tester-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(mine.path("enrolment").path("id").asString()));
        mvc.perform(get("/api/v1/enrolments/me").header("X-Tester-Token", SecretToken.generate().value()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enrolments/me")).andExpect(status().isBadRequest());

        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.pilot.events"), "ce_type = 'enrolment.withdrawn'")) {
            mvc.perform(post("/api/v1/enrolments/me/withdraw").header("X-Tester-Token", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("WITHDRAWN"))
                    .andExpect(jsonPath("$.withdrawnAt").isNotEmpty());
            var data = awaitEvent(consumer, mine.path("enrolment").path("id").asString());
            var example = json.readTree(Files.readString(EXAMPLES.resolve("enrolment.withdrawn.json"))).path("data");
            assertThat(EventShapes.fieldPaths(data)).isEqualTo(EventShapes.fieldPaths(example));
        }
        mvc.perform(post("/api/v1/enrolments/me/withdraw").header("X-Tester-Token", token))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/enrolments/me").header("X-Tester-Token", theirs.path("testerToken").asString()))
                .andExpect(jsonPath("$.state").value("ENROLLED"));
    }

    @Test
    void showsLabsPseudonymsAndTheirSmesCountsPerCityOnly() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki", "gent");
        var links = issue(pilot, 3);
        mvc.perform(enrol(links.get(0), "helsinki", null, "a@example.org")).andExpect(status().isCreated());
        mvc.perform(enrol(links.get(1), "helsinki", null, null)).andExpect(status().isCreated());
        mvc.perform(enrol(links.get(2), "gent", null, null)).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/pilots/{id}/enrolments", pilot.id().value()).param("city", "helsinki")
                        .with(httpBasic("lab-gent", "lab")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.items[0].tester").value(startsWith("tester-")))
                .andExpect(jsonPath("$.items[0].device").value("phone"))
                .andExpect(content().string(not(containsString("example.org"))));
        mvc.perform(get("/api/v1/pilots/{id}/enrolments", pilot.id().value()).with(httpBasic("sme-a", "sme")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pilots/{id}/enrolments/counts", pilot.id().value()).with(httpBasic("sme-a", "sme")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].city").value("gent"))
                .andExpect(jsonPath("$[0].enrolled").value(1))
                .andExpect(jsonPath("$[1].city").value("helsinki"))
                .andExpect(jsonPath("$[1].enrolled").value(2))
                .andExpect(jsonPath("$[0].tester").doesNotExist());
        mvc.perform(get("/api/v1/pilots/{id}/enrolments/counts", pilot.id().value()).with(httpBasic("sme-demo", "sme-demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void documentsTheConsentInvitationAndEnrolmentPathsInTheRegistrysApi() throws Exception {
        mvc.perform(get("/v3/api-docs/registry"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\"/api/v1/consents\""),
                        containsString("\"/api/v1/pilots/{pilotId}/invitations\""),
                        containsString("\"/api/v1/pilots/{pilotId}/enrolments/counts\""),
                        containsString("\"/api/v1/enrolments/me/withdraw\""))));
    }

    /** The links of a new batch of {@code count} invitations issued by Helsinki's lab. */
    private List<String> issue(Pilot pilot, int count) throws Exception {
        var body = mvc.perform(post("/api/v1/pilots/{id}/invitations", pilot.id().value())
                        .with(httpBasic(pilot.cities().contains("helsinki") ? "lab-helsinki" : "lab-gent", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content(batch(count)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        var links = new ArrayList<String>();
        json.readTree(body).path("links").forEach(link -> links.add(link.asString()));
        return links;
    }

    private static String batch(int count) {
        return "{\"count\":%d,\"expiresAt\":\"%s\",\"language\":\"fi\"}".formatted(count,
                Instant.now().plus(30, ChronoUnit.DAYS));
    }

    private RequestBuilder enrol(String link, String city, String optionalPurpose,
            String email) throws Exception {
        String token = URI.create(link).getPath().substring("/enrol/".length());
        var consents = new StringBuilder("{\"purpose\":\"participation\",\"version\":" + current("participation") + "}");
        if (email != null) {
            consents.append(",{\"purpose\":\"contact\",\"version\":").append(current("contact")).append('}');
        }
        if (optionalPurpose != null) {
            consents.append(",{\"purpose\":\"").append(optionalPurpose).append("\",\"version\":")
                    .append(current(optionalPurpose)).append('}');
        }
        return post("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).content("""
                {"invitation":"%s","language":"fi","city":"%s","device":"phone","platform":"android",
                 "segmentCode":"helsinki-co1-olt1-pon1",%s"consents":[%s]}""".formatted(token, city,
                email == null ? "" : "\"email\":\"" + email + "\",", consents));
    }

    /** The current version of a purpose's text, which other tests may have moved on. */
    private int current(String purpose) throws Exception {
        var items = json.readTree(mvc.perform(get("/api/v1/consents")).andReturn().getResponse().getContentAsString())
                .path("items");
        for (var item : items) {
            if (item.path("purpose").asString().equals(purpose)) {
                return item.path("version").asInt();
            }
        }
        throw new IllegalStateException("no consent text for " + purpose);
    }

    private long enrolmentsOf(Pilot pilot) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.enrolment WHERE pilot_id = :pilot")
                .param("pilot", pilot.id().value()).query(Long.class).single();
    }

    private JsonNode awaitEvent(JMSConsumer consumer, String subject) throws Exception {
        for (var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < deadline; ) {
            var message = (TextMessage) consumer.receive(Duration.ofSeconds(5).toMillis());
            if (message != null && json.readTree(message.getText()).path("subject").asString().equals(subject)) {
                return json.readTree(message.getText()).path("data");
            }
        }
        throw new AssertionError("no event about " + subject);
    }
}
