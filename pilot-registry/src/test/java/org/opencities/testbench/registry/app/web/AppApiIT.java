package org.opencities.testbench.registry.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(classes = RegistryTestApplication.class, properties = "testbench.registry.demo-data=true")
@AutoConfigureMockMvc
class AppApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "admin");
    private static final RequestPostProcessor SME = httpBasic("sme-demo", "sme-demo");
    private static final RequestPostProcessor LAB_MANAGER = httpBasic("lab", "lab");

    @Autowired
    MockMvc mvc;

    @Test
    void registersAnOrganisationAndAnAppWithItsTcontTypes() throws Exception {
        String organisation = newOrganisation();

        mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), app("Parking", "Finds a space", 20_000, 100_000)).with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/apps/")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.organisation").value(organisation))
                .andExpect(jsonPath("$.networkRequirements.downstream.tcontType").value("ASSURED_AND_NON_ASSURED"))
                .andExpect(jsonPath("$.networkRequirements.upstream.tcontType").value("ASSURED_AND_NON_ASSURED"));
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheFirstResultAndCreatesNothingNew() throws Exception {
        String organisation = newOrganisation();
        String key = "apps-" + SEQUENCE.incrementAndGet();
        var request = app("Transit", "Timetables", 10_000, 50_000);

        String first = mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), request)
                        .header("Idempotency-Key", key).with(ADMIN))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), request)
                        .header("Idempotency-Key", key).with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json(first));
        mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), request)
                        .header("Idempotency-Key", key).with(SME))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/organisations/" + organisation + "/apps").with(ADMIN))
                .andExpect(header().string("X-Total-Count", "1"));
        mvc.perform(json(post("/api/v1/organisations"), organisation("other-" + key, "FI", "FI12345671"))
                        .header("Idempotency-Key", key).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void refusesAnImpossibleProfileNamingTheField() throws Exception {
        String organisation = newOrganisation();

        mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), app("Greedy", "", 200_000, 100_000)).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("downstream.guaranteedKbps"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("200000")));
    }

    @Test
    void refusesAVatIdThatDoesNotFitTheCountry() throws Exception {
        mvc.perform(json(post("/api/v1/organisations"), organisation("bad-vat", "DE", "FI12345671")).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("vatId"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("DE followed by 9 digits")));
    }

    @Test
    void refusesAMissingFieldListingIt() throws Exception {
        mvc.perform(json(post("/api/v1/organisations"), """
                {"id": "no-name", "country": "FI", "vatId": "FI12345671", "contactEmail": "a@b.example"}""").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void showsAnSmeItsOwnOrganisationAndNoOther() throws Exception {
        String other = newOrganisation();

        mvc.perform(get("/api/v1/organisations/sme-demo").with(SME))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.name").value("Demo Mobility Oy"));
        mvc.perform(get("/api/v1/organisations/sme-demo/apps").with(SME))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("CityBike Live"))
                .andExpect(jsonPath("$.items[0].networkRequirements.downstream.maximumKbps").value(100_000));
        mvc.perform(get("/api/v1/organisations/" + other).with(SME)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + other + "/apps").with(SME)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations").with(SME)).andExpect(status().isForbidden());
    }

    @Test
    void hidesAnotherOrganisationsAppFromAnSmeButNotFromALabManager() throws Exception {
        String other = newOrganisation();
        String location = registerApp(other, app("Secret", "", 0, 1_000));

        mvc.perform(get(location).with(SME)).andExpect(status().isNotFound());
        mvc.perform(get(location).with(LAB_MANAGER)).andExpect(status().isOk());
        mvc.perform(json(put(location), app("Secret", "", 0, 2_000)).with(LAB_MANAGER).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isForbidden());
    }

    @Test
    void updatesAnOrganisationOnlyWithItsCurrentEtag() throws Exception {
        String organisation = newOrganisation();
        String path = "/api/v1/organisations/" + organisation;
        String renamed = organisation(organisation, "FI", "FI87654321").replace("Org " + organisation, "Renamed");

        mvc.perform(json(put(path), renamed).with(ADMIN)).andExpect(status().isConflict());
        mvc.perform(json(put(path), renamed).with(ADMIN).header(HttpHeaders.IF_MATCH, "\"7\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("\"0\"")));
        mvc.perform(json(put(path), renamed).with(ADMIN).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name").value("Renamed"));
        mvc.perform(get(path).with(ADMIN)).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    }

    @Test
    void updatesAnAppOnlyWithItsCurrentEtag() throws Exception {
        String location = registerApp(newOrganisation(), app("Bikes", "", 1_000, 1_000));
        String faster = app("Bikes", "", 2_000, 2_000);

        mvc.perform(json(put(location), faster).with(ADMIN)).andExpect(status().isConflict());
        mvc.perform(json(put(location), faster).with(ADMIN).header(HttpHeaders.IF_MATCH, "\"3\"")).andExpect(status().isConflict());
        mvc.perform(json(put(location), faster).with(ADMIN).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.networkRequirements.downstream.tcontType").value("ASSURED"));
    }

    @Test
    void pagesAnOrganisationsAppsWithTotals() throws Exception {
        String organisation = newOrganisation();
        for (String name : new String[] {"Charlie", "Alpha", "Bravo"}) {
            registerApp(organisation, app(name, "", 0, 1_000));
        }

        mvc.perform(get("/api/v1/organisations/" + organisation + "/apps").param("offset", "1").param("limit", "1").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(header().string("X-Result-Count", "1"))
                .andExpect(jsonPath("$.items[0].name").value("Bravo"));
        mvc.perform(get("/api/v1/organisations").param("limit", "1").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Result-Count", "1"));
    }

    @Test
    void keepsHtmlInTheDescriptionVerbatimAsJsonText() throws Exception {
        String html = "<script>alert('x')</script><b>bold</b> & more";
        String location = registerApp(newOrganisation(), app("Markup", html, 0, 1_000));

        mvc.perform(get(location).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.description").value(html));
    }

    @Test
    void letsOnlyAdministratorsRegisterOrganisations() throws Exception {
        mvc.perform(json(post("/api/v1/organisations"), organisation("sneaky", "FI", "FI12345671")).with(SME))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/organisations"), organisation("sneaky", "FI", "FI12345671")))
                .andExpect(status().isUnauthorized());
    }

    private String newOrganisation() throws Exception {
        String id = "org-" + SEQUENCE.incrementAndGet();
        mvc.perform(json(post("/api/v1/organisations"), organisation(id, "FI", "FI12345671")).with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
        return id;
    }

    private String registerApp(String organisation, String body) throws Exception {
        var result = mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), body).with(ADMIN))
                .andExpect(status().isCreated())
                .andReturn();
        return "/api/v1/apps/" + JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void namesTheFieldAndItsValuesWhenABodyCannotBeRead() throws Exception {
        String organisation = newOrganisation();

        mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"),
                        app("Parking", "Finds a space", 20_000, 100_000).replace("\"MOBILITY\"", "\"flying\"")).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("MOBILITY")));
        mvc.perform(json(post("/api/v1/organisations/" + organisation + "/apps"), "{not json").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(get("/api/v1/organisations/" + organisation + "/apps").with(ADMIN))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    private static String organisation(String id, String country, String vatId) {
        return """
                {"id": "%s", "name": "Org %s", "country": "%s", "vatId": "%s", "contactEmail": "contact@%s.example"}"""
                .formatted(id, id, country, vatId, id);
    }

    private static String app(String name, String description, long downGuaranteed, long downMaximum) {
        return """
                {"name": "%s", "description": %s, "category": "MOBILITY", "platforms": ["android", "web"],
                 "languages": ["fi", "en"], "website": "https://example.org/app",
                 "networkRequirements": {"downstream": {"guaranteedKbps": %d, "maximumKbps": %d},
                   "upstream": {"guaranteedKbps": 500, "maximumKbps": 2000},
                   "maxLatencyMs": 30, "maxJitterMs": 5, "maxLossRatio": 0.001}}"""
                .formatted(name, quoted(description), downGuaranteed, downMaximum);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
