package org.opencities.testbench.registry.call.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opencities.testbench.registry.call.CallFixtures.ORG_A;
import static org.opencities.testbench.registry.call.CallFixtures.ORG_B;
import static org.opencities.testbench.registry.call.CallFixtures.app;
import static org.opencities.testbench.registry.call.CallFixtures.applicationJson;
import static org.opencities.testbench.registry.call.CallFixtures.callJson;
import static org.opencities.testbench.registry.call.CallFixtures.uniqueId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.call.CallFixtures;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.Pilots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open calls over REST: drafting, publishing, applying, judging and awarding, with the real broker and H2. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class CallApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    Cities cities;
    @Autowired
    Organisations organisations;
    @Autowired
    Apps apps;
    @Autowired
    OpenCalls calls;
    @Autowired
    Pilots pilots;

    @BeforeEach
    void seed() {
        CallFixtures.seed(cities, organisations);
    }

    @Test
    void draftsACallThatOnlyItsManagersSee() throws Exception {
        String id = uniqueId("call");

        draft(id, 2, 100_000)
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", "/api/v1/calls/" + id))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.closesAt").value("2099-03-10T17:00+01:00[Europe/Brussels]"))
                .andExpect(jsonPath("$.closesAtInstant").value("2099-03-10T16:00:00Z"))
                .andExpect(jsonPath("$.closesZone").value("Europe/Brussels"))
                .andExpect(jsonPath("$.description").value("Pilots on <b>fibre</b>"));

        mvc.perform(get("/api/v1/calls/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/calls/{id}", id).with(httpBasic("lab-gent", "lab"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/calls")).andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/calls/{id}", id).with(httpBasic("juror-helsinki", "lab"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calls").param("state", "draft").with(httpBasic("lab-helsinki", "lab")))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    }

    @Test
    void letsALabManagerDraftOnlyForItsCity() throws Exception {
        mvc.perform(post("/api/v1/calls").with(httpBasic("lab-gent", "lab")).contentType(MediaType.APPLICATION_JSON)
                        .content(callJson(uniqueId("call"), 2, 100_000)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calls").with(httpBasic("sme-a", "sme")).contentType(MediaType.APPLICATION_JSON)
                        .content(callJson(uniqueId("call"), 2, 100_000)))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAnInvalidCallNamingTheFieldAndStoresNothing() throws Exception {
        String id = uniqueId("call");
        mvc.perform(post("/api/v1/calls").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(callJson(id, 0, 100_000).replace("\"title\":\"Smart city services\"", "\"title\":\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxPilots')]").exists());
        mvc.perform(post("/api/v1/calls").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(callJson(id, 2, 100_000).replace("Feasibility", "IMPACT")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("criteria[1].name"));
        mvc.perform(post("/api/v1/calls").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(callJson(id, 2, 100_000).replace("\"city\":\"oulu\"", "\"city\":\"atlantis\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("capacities[1].city"));
        mvc.perform(post("/api/v1/calls").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(callJson(id, 2, 100_000).replace("2099-03-10T17:00+01:00[Europe/Brussels]", "10 March")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closesAt"));

        mvc.perform(get("/api/v1/calls/{id}", id).with(httpBasic("admin", "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void revisesOnlyDraftsAndOnlyWithTheCurrentETag() throws Exception {
        String id = uniqueId("call");
        draft(id, 2, 100_000);
        var revised = callJson(id, 3, 100_000).replace("Smart city services", "Smarter city services");

        mvc.perform(put("/api/v1/calls/{id}", id).with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        mvc.perform(put("/api/v1/calls/{id}", id).with(httpBasic("lab-helsinki", "lab")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Smarter city services"))
                .andExpect(jsonPath("$.maxPilots").value(3));
        move(id, "OPEN", "\"1\"").andExpect(status().isOk());

        mvc.perform(put("/api/v1/calls/{id}", id).with(httpBasic("lab-helsinki", "lab")).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("only drafts")));
    }

    @Test
    void refusesAnIllegalTransitionAndKeepsTheState() throws Exception {
        String id = uniqueId("call");
        draft(id, 2, 100_000);

        move(id, "CLOSED", "\"0\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("DRAFT"), containsString("CLOSED"))));
        mvc.perform(get("/api/v1/calls/{id}", id).with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void showsAnOpenCallToEveryoneFilteredByStateAndCity() throws Exception {
        String id = openCall(2, 100_000);

        mvc.perform(get("/api/v1/calls/{id}", id)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calls").param("state", "OPEN").param("city", "oulu"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(header().exists("X-Total-Count"));
        mvc.perform(get("/api/v1/calls").param("city", "gent"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }

    @Test
    void takesAnEligibleApplicationOnceAndShowsItOnlyToItsOrganisationAndTheLab() throws Exception {
        String call = openCall(2, 100_000);
        var app = app(apps, ORG_A, AppCategory.MOBILITY, 20_000);

        String application = apply(call, "sme-a", applicationJson(app.id(), "\"helsinki\"", 50))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andReturn().getResponse().getContentAsString();
        String applicationId = json.readTree(application).path("id").asString();

        apply(call, "sme-a", applicationJson(app.id(), "\"oulu\"", 50))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("once per call")));
        apply(call, "sme-b", applicationJson(app.id(), "\"helsinki\"", 50)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/calls/{id}/applications", call).with(httpBasic("sme-b", "sme")))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/calls/{id}/applications/{a}", call, applicationId).with(httpBasic("sme-b", "sme")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/calls/{id}/applications", call).with(httpBasic("sme-a", "sme")))
                .andExpect(jsonPath("$.items[0].id").value(applicationId));
        mvc.perform(get("/api/v1/calls/{id}/applications", call).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(header().string("X-Total-Count", "1"));
    }

    @Test
    void refusesAnIneligibleApplicationNamingTheRule() throws Exception {
        String call = openCall(2, 100_000);
        var health = app(apps, ORG_A, AppCategory.HEALTH, 20_000);
        var mobility = app(apps, ORG_A, AppCategory.MOBILITY, 20_000);

        apply(call, "sme-a", applicationJson(health.id(), "\"helsinki\"", 50))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("eligibility.categories"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("HEALTH")));
        apply(call, "sme-a", applicationJson(mobility.id(), "\"helsinki\"", 5000))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("eligibility.testers"));
        apply(call, "sme-a", applicationJson(mobility.id(), "\"gent\"", 50))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cities"));
        apply(call, "sme-a", applicationJson(mobility.id(), "\"helsinki\"", 50).replaceFirst("\"endDate\":\"[^\"]+\"",
                        "\"endDate\":\"2020-01-01\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));

        mvc.perform(get("/api/v1/calls/{id}/applications", call).with(httpBasic("admin", "admin")))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void refusesApplicationAfterClosingNamingTheClosingInstant() throws Exception {
        var closed = new OpenCall(new CallId(uniqueId("closed")), new CityId("helsinki"), "Closed call", "",
                ZonedDateTime.parse("2025-01-10T09:00+02:00[Europe/Helsinki]"),
                ZonedDateTime.parse("2025-03-10T17:00+01:00[Europe/Brussels]"),
                new Eligibility(List.of(), List.of(), 1, 100), List.of(new Criterion("Impact", 1)), 1,
                List.of(new CityCapacity(new CityId("helsinki"), 1, 100_000, 10_000)), List.of(), CallState.OPEN, 0);
        calls.add(closed);
        var app = app(apps, ORG_A, AppCategory.MOBILITY, 20_000);

        apply(closed.id().value(), "sme-a", applicationJson(app.id(), "\"helsinki\"", 50))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("2025-03-10T17:00+01:00[Europe/Brussels]"),
                        containsString("2025-03-10T16:00:00Z"))));
        mvc.perform(get("/api/v1/calls/{id}/applications", closed.id().value()).with(httpBasic("admin", "admin")))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void replaysAnApplicationSentAgainWithTheSameIdempotencyKey() throws Exception {
        String call = openCall(2, 100_000);
        var app = app(apps, ORG_A, AppCategory.MOBILITY, 20_000);
        var body = applicationJson(app.id(), "\"helsinki\"", 50);

        String first = mvc.perform(post("/api/v1/calls/{id}/applications", call).with(httpBasic("sme-a", "sme"))
                        .header("Idempotency-Key", "apply-" + call).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/calls/{id}/applications", call).with(httpBasic("sme-a", "sme"))
                        .header("Idempotency-Key", "apply-" + call).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(again).path("id")).isEqualTo(json.readTree(first).path("id"));
    }

    @Test
    void letsAnSmeWithdrawWhileTheCallIsOpen() throws Exception {
        String call = openCall(2, 100_000);
        var app = app(apps, ORG_A, AppCategory.MOBILITY, 20_000);
        String id = applicationId(apply(call, "sme-a", applicationJson(app.id(), "\"helsinki\"", 50)));

        mvc.perform(post("/api/v1/calls/{c}/applications/{a}/withdrawal", call, id).with(httpBasic("sme-b", "sme")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/calls/{c}/applications/{a}/withdrawal", call, id).with(httpBasic("sme-a", "sme")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"));
        mvc.perform(post("/api/v1/calls/{c}/applications/{a}/withdrawal", call, id).with(httpBasic("sme-a", "sme")))
                .andExpect(status().isConflict());
    }

    @Test
    void acceptsOnlyLabManagersAsJurorsAndNeedsTwoToEvaluate() throws Exception {
        String call = openCall(2, 100_000);

        jurors(call, "[\"sme-a\"]", "\"1\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jurors[0]"));
        jurors(call, "[\"lab-helsinki\"]", "\"1\"").andExpect(status().isOk());
        move(call, "EVALUATING", "\"2\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jurors"));
    }

    @Test
    void jurorsScoreTheAwardMakesAcceptedPilotsAndPilotAcceptedReachesTheBroker() throws Exception {
        String call = openCall(2, 30_000);
        var first = app(apps, ORG_A, AppCategory.MOBILITY, 20_000);
        var second = app(apps, ORG_B, AppCategory.ENVIRONMENT, 20_000);
        String a = applicationId(apply(call, "sme-a", applicationJson(first.id(), "\"helsinki\",\"oulu\"", 50)));
        String b = applicationId(apply(call, "sme-b", applicationJson(second.id(), "\"helsinki\"", 80)));
        jurors(call, "[\"lab-helsinki\",\"juror-helsinki\"]", "\"1\"").andExpect(status().isOk());
        move(call, "EVALUATING", "\"2\"").andExpect(status().isOk());

        score(call, a, "lab-helsinki", "[9,6]").andExpect(status().isOk());
        score(call, a, "juror-helsinki", "[8,8]").andExpect(status().isOk());
        score(call, b, "lab-helsinki", "[2,2]").andExpect(status().isOk());
        score(call, b, "lab-helsinki", "[7,7]").andExpect(status().isOk());
        mvc.perform(post("/api/v1/calls/{c}/applications/{a}/conflict", call, b).with(httpBasic("juror-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"advised them\"}"))
                .andExpect(status().isNoContent());
        score(call, b, "juror-helsinki", "[10,10]").andExpect(status().isConflict());
        score(call, a, "lab-helsinki", "[11,6]").andExpect(status().isBadRequest());
        score(call, a, "lab-helsinki", "[5]").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("points"));
        score(call, a, "lab-gent", "[5,5]").andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/calls/{id}/ranking", call).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(jsonPath("$[0].applicationId").value(a))
                .andExpect(jsonPath("$[0].score").value(8.125))
                .andExpect(jsonPath("$[1].applicationId").value(b))
                .andExpect(jsonPath("$[1].jurors").value(1));
        mvc.perform(get("/api/v1/calls/{id}/ranking", call).with(httpBasic("sme-a", "sme"))).andExpect(status().isForbidden());

        award(call, "[\"" + a + "\",\"" + b + "\"]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(allOf(containsString("30000"), containsString("40000"))));

        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.pilot.events"), "ce_type = 'pilot.accepted'")) {
            String awarded = award(call, "[\"" + a + "\"]")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].state").value("AWARDED"))
                    .andReturn().getResponse().getContentAsString();
            String pilotId = json.readTree(awarded).path(0).path("pilotId").asString();

            JsonNode data = null;
            for (var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); data == null
                    && System.nanoTime() < deadline; ) {
                var message = (TextMessage) consumer.receive(Duration.ofSeconds(5).toMillis());
                if (message != null && json.readTree(message.getText()).path("subject").asString().equals(pilotId)) {
                    data = json.readTree(message.getText()).path("data");
                }
            }
            assertThat(data).as("pilot.accepted for " + pilotId).isNotNull();
            assertThat(data.path("appId").asString()).isEqualTo(first.id().toString());
            assertThat(data.path("organisationId").asString()).isEqualTo("org-a");
            assertThat(data.path("cities").toString()).isEqualTo("[\"helsinki\",\"oulu\"]");
            assertThat(data.path("requirements").path("downstream").path("guaranteedKbps").asLong()).isEqualTo(20_000);
            assertThat(pilots.find(new PilotId(pilotId)).orElseThrow().state()).isEqualTo(PilotState.ACCEPTED);
        }
        mvc.perform(get("/api/v1/calls/{id}", call)).andExpect(jsonPath("$.state").value("AWARDED"));
        move(call, "CLOSED", "\"4\"").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void refusesToAwardMorePilotsThanTheCallOffers() throws Exception {
        String call = openCall(1, 100_000);
        String a = applicationId(apply(call, "sme-a",
                applicationJson(app(apps, ORG_A, AppCategory.MOBILITY, 1_000).id(), "\"helsinki\"", 50)));
        String b = applicationId(apply(call, "sme-b",
                applicationJson(app(apps, ORG_B, AppCategory.MOBILITY, 1_000).id(), "\"helsinki\"", 50)));
        jurors(call, "[\"lab-helsinki\",\"juror-helsinki\"]", "\"1\"");
        move(call, "EVALUATING", "\"2\"");

        award(call, "[\"" + a + "\",\"" + b + "\"]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(allOf(containsString("at most 1"), containsString("2 were"))));
        mvc.perform(get("/api/v1/calls/{id}", call)).andExpect(jsonPath("$.state").value("EVALUATING"));
        mvc.perform(get("/api/v1/calls/{id}/applications/{a}", call, a).with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
    }

    private ResultActions draft(String id, int maxPilots, long helsinkiDownKbps) throws Exception {
        return mvc.perform(post("/api/v1/calls").with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON).content(callJson(id, maxPilots, helsinkiDownKbps)))
                .andExpect(status().isCreated());
    }

    private String openCall(int maxPilots, long helsinkiDownKbps) throws Exception {
        String id = uniqueId("call");
        draft(id, maxPilots, helsinkiDownKbps);
        move(id, "OPEN", "\"0\"").andExpect(status().isOk());
        return id;
    }

    private ResultActions move(String id, String to, String ifMatch) throws Exception {
        return mvc.perform(post("/api/v1/calls/{id}/transitions", id).with(httpBasic("lab-helsinki", "lab"))
                .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + to + "\"}"));
    }

    private ResultActions jurors(String id, String names, String ifMatch) throws Exception {
        return mvc.perform(put("/api/v1/calls/{id}/jurors", id).with(httpBasic("lab-helsinki", "lab"))
                .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON).content("{\"jurors\":" + names + "}"));
    }

    private ResultActions apply(String call, String sme, String body) throws Exception {
        return mvc.perform(post("/api/v1/calls/{id}/applications", call).with(httpBasic(sme, "sme"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String applicationId(ResultActions applied) throws Exception {
        return json.readTree(applied.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .path("id").asString();
    }

    private ResultActions score(String call, String application, String juror, String points) throws Exception {
        return mvc.perform(put("/api/v1/calls/{c}/applications/{a}/score", call, application).with(httpBasic(juror, "lab"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\":" + points + ",\"comment\":\"Solid plan\"}"));
    }

    private ResultActions award(String call, String ids) throws Exception {
        return mvc.perform(post("/api/v1/calls/{id}/award", call).with(httpBasic("lab-helsinki", "lab"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"applicationIds\":" + ids + "}"));
    }
}
