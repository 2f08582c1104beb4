package org.opencities.testbench.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the registry, API and pages, for every kind of caller: allowed, or refused and
 * how. Each request is made for real, through the security chains and the object-level rules, with
 * a valid body, so a refusal cannot hide behind a validation error. An endpoint without a row fails
 * {@link #everyEndpointHasARow()}: adding an endpoint means deciding who may use it.
 */
@SpringBootTest(classes = RegistryTestApplication.class, properties = "testbench.registry.demo-data=true")
@AutoConfigureMockMvc
class AuthorisationMatrixIT {

    /** The kinds of caller; "own" is the city or organisation the object belongs to. */
    enum Who {
        ANONYMOUS(null, null),
        ADMIN("admin", "admin"),
        OPERATOR("operator", "operator"),
        LAB_OWN_CITY("lab-helsinki", "lab"),
        LAB_OTHER_CITY("lab-gent", "lab"),
        SME_OWN("sme-a", "sme"),
        SME_OTHER("sme-demo", "sme-demo");

        final String user;
        final String password;

        Who(String user, String password) {
            this.user = user;
            this.password = password;
        }
    }

    /** What a caller gets. */
    enum Outcome {
        /** Past every authorisation rule: a success, or a business answer (409, 412, 422). */
        ALLOWED,
        /** No caller: 401 from the API, a redirect to the login page from pages. */
        UNAUTHENTICATED,
        /** 403. */
        FORBIDDEN,
        /** 404: the caller may not know the object exists. */
        HIDDEN
    }

    /** The organisation of {@link Who#SME_OWN}, created with one app before the first check. */
    private static final String ORGANISATION = "org-a";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;
    @Autowired
    PilotLifecycle lifecycle;

    private final List<Row> matrix = List.of(
            row(HttpMethod.GET, "/").everyone(),
            row(HttpMethod.GET, "/cities").everyone(),
            row(HttpMethod.GET, "/pilots").everyone(),
            row(HttpMethod.GET, "/api/v1/cities").everyone(),
            row(HttpMethod.GET, "/api/v1/cities/{id}", () -> "/api/v1/cities/helsinki").everyone(),

            row(HttpMethod.GET, "/api/v1/organisations").allowed(Who.ADMIN),
            row(HttpMethod.POST, "/api/v1/organisations")
                    .body(() -> organisation("matrix-" + SEQUENCE.incrementAndGet()))
                    .allowed(Who.ADMIN),
            row(HttpMethod.GET, "/api/v1/organisations/{id}", () -> "/api/v1/organisations/" + ORGANISATION)
                    .allowed(Who.ADMIN, Who.SME_OWN).hidden(Who.SME_OTHER),
            row(HttpMethod.PUT, "/api/v1/organisations/{id}", () -> "/api/v1/organisations/" + ORGANISATION)
                    .body(() -> organisation(null)).currentVersion()
                    .allowed(Who.ADMIN, Who.SME_OWN).hidden(Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/organisations/{organisationId}/apps",
                    () -> "/api/v1/organisations/" + ORGANISATION + "/apps")
                    .allowed(Who.ADMIN, Who.SME_OWN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY).hidden(Who.SME_OTHER),
            row(HttpMethod.POST, "/api/v1/organisations/{organisationId}/apps",
                    () -> "/api/v1/organisations/" + ORGANISATION + "/apps")
                    .body(() -> app("Matrix app " + SEQUENCE.incrementAndGet()))
                    .allowed(Who.ADMIN, Who.SME_OWN).hidden(Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/apps/{id}", () -> "/api/v1/apps/" + app)
                    .allowed(Who.ADMIN, Who.SME_OWN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY).hidden(Who.SME_OTHER),
            row(HttpMethod.PUT, "/api/v1/apps/{id}", () -> "/api/v1/apps/" + app)
                    .body(() -> app("Matrix app")).currentVersion()
                    .allowed(Who.ADMIN, Who.SME_OWN).hidden(Who.SME_OTHER),

            row(HttpMethod.GET, "/api/v1/pilots")
                    .allowed(Who.ADMIN, Who.OPERATOR, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY, Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.POST, "/api/v1/pilots").body(() -> pilotSubmission())
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY),
            row(HttpMethod.GET, "/api/v1/pilots/{id}", () -> "/api/v1/pilots/" + helsinkiPilot())
                    .allowed(Who.ADMIN, Who.OPERATOR, Who.LAB_OWN_CITY, Who.SME_OWN)
                    .hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/pilots/{id}/transitions", () -> "/api/v1/pilots/" + helsinkiPilot() + "/transitions")
                    .allowed(Who.ADMIN, Who.OPERATOR, Who.LAB_OWN_CITY, Who.SME_OWN)
                    .hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/pilots/{id}/services", () -> "/api/v1/pilots/" + helsinkiPilot() + "/services")
                    .allowed(Who.ADMIN, Who.OPERATOR, Who.LAB_OWN_CITY, Who.SME_OWN)
                    .hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.POST, "/api/v1/pilots/{id}/transitions", () -> "/api/v1/pilots/" + helsinkiPilot() + "/transitions")
                    .body(() -> "{\"to\": \"ACCEPTED\", \"reason\": \"fits\"}").currentVersion()
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY));

    @Test
    void everyEndpointHasARow() {
        var endpoints = handlerMappings.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getValue().getBeanType().getPackageName()
                        .startsWith("org.opencities.testbench.registry"))
                .flatMap(mapping -> endpoints(mapping.getKey()))
                .collect(Collectors.toCollection(TreeSet::new));
        var rows = matrix.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows).as("rows of the matrix").containsExactlyElementsOf(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        return matrix.stream().flatMap(row -> Arrays.stream(Who.values()).map(who -> DynamicTest.dynamicTest(
                row.endpoint() + " as " + who + " -> " + row.outcome(who), () -> check(row, who))));
    }

    private void check(Row row, Who who) throws Exception {
        String path = row.path().get();
        var request = request(row.method(), path).with(csrf());
        if (who.user != null) {
            request.with(httpBasic(who.user, who.password));
        }
        if (row.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(row.body().get());
        }
        if (row.ifMatch()) {
            request.header(HttpHeaders.IF_MATCH, currentETag(path));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(outcomeOf(response)).as("%s %s as %s answered %s %s", row.method(), path, who,
                response.getStatus(), response.getContentAsString()).isEqualTo(row.outcome(who));
    }

    /** The outcome the response shows, or {@code null} for an answer that is none of them, such as 400. */
    private static Outcome outcomeOf(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return Outcome.UNAUTHENTICATED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.HIDDEN;
        }
        boolean allowed = (status >= 200 && status < 400) || Set.of(409, 412, 422).contains(status);
        return allowed ? Outcome.ALLOWED : null;
    }

    private String currentETag(String path) throws Exception {
        var response = mvc.perform(request(HttpMethod.GET, path.replaceFirst("/transitions$", ""))
                .with(httpBasic(Who.ADMIN.user, Who.ADMIN.password))).andReturn().getResponse();
        return response.getHeader(HttpHeaders.ETAG);
    }

    private static Stream<String> endpoints(RequestMappingInfo mapping) {
        var methods = mapping.getMethodsCondition().getMethods();
        var names = methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
        return mapping.getPatternValues().stream().flatMap(pattern -> names.stream().map(name -> name + " " + pattern));
    }

    /** The app of {@link #ORGANISATION}, registered before the first check. */
    private static String app;

    @BeforeEach
    void registerTheOwnOrganisationAndItsApp() throws Exception {
        if (app != null) {
            return;
        }
        mvc.perform(request(HttpMethod.POST, "/api/v1/organisations").with(httpBasic(Who.ADMIN.user, Who.ADMIN.password))
                .contentType(MediaType.APPLICATION_JSON).content(organisation(ORGANISATION)));
        String created = mvc.perform(request(HttpMethod.POST, "/api/v1/organisations/" + ORGANISATION + "/apps")
                        .with(httpBasic(Who.ADMIN.user, Who.ADMIN.password))
                        .contentType(MediaType.APPLICATION_JSON).content(app("Matrix app")))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(created).as("the own organisation's app").isNotNull();
        app = created.substring(created.lastIndexOf('/') + 1);
    }

    /** A fresh submitted pilot of the own organisation in Helsinki for every request, so each caller finds it unchanged. */
    private String helsinkiPilot() {
        return submit().id().value();
    }

    private Pilot submit() {
        return lifecycle.submit(app, ORGANISATION, List.of("helsinki"),
                10, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15),
                new RequiredNetwork(new Bandwidth(20_000, 100_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001), "admin");
    }

    private String pilotSubmission() {
        return """
                {"appId": "%s", "organisationId": "%s", "cities": ["helsinki"], "plannedTesters": 10,
                 "startDate": "2027-01-15", "endDate": "2027-04-15",
                 "requirements": {"downstream": {"guaranteedKbps": 20000, "maximumKbps": 100000},
                                  "upstream": {"guaranteedKbps": 5000, "maximumKbps": 20000},
                                  "maxLatencyMs": 30, "maxJitterMs": 5, "maxLossRatio": 0.001}}"""
                .formatted(app, ORGANISATION);
    }

    /** An organisation's details; with an id for registering, without for replacing the own organisation's. */
    private static String organisation(String id) {
        String details = """
                "name": "Matrix Oy", "country": "FI", "vatId": "FI12345671", "contactEmail": "contact@example.org\"""";
        return id == null ? "{" + details + "}" : "{\"id\": \"" + id + "\", " + details + "}";
    }

    private static String app(String name) {
        return """
                {"name": "%s", "description": "Bikes", "category": "MOBILITY", "platforms": ["android"],
                 "languages": ["fi"], "networkRequirements": {
                   "downstream": {"guaranteedKbps": 20000, "maximumKbps": 100000},
                   "upstream": {"guaranteedKbps": 5000, "maximumKbps": 20000},
                   "maxLatencyMs": 30, "maxJitterMs": 5, "maxLossRatio": 0.001}}""".formatted(name);
    }

    private static Row row(HttpMethod method, String pattern) {
        return row(method, pattern, () -> pattern);
    }

    private static Row row(HttpMethod method, String pattern, Supplier<String> path) {
        return new Row(method, pattern, path, null, false, new EnumMap<>(Who.class));
    }

    /**
     * One endpoint: how to call it and what each caller gets. Callers not named get
     * {@link Outcome#UNAUTHENTICATED} when anonymous and {@link Outcome#FORBIDDEN} otherwise.
     */
    record Row(HttpMethod method, String pattern, Supplier<String> path, Supplier<String> body, boolean ifMatch,
            Map<Who, Outcome> outcomes) {

        String endpoint() {
            return method.name() + " " + pattern;
        }

        Outcome outcome(Who who) {
            return outcomes.getOrDefault(who, who == Who.ANONYMOUS ? Outcome.UNAUTHENTICATED : Outcome.FORBIDDEN);
        }

        Row body(Supplier<String> body) {
            return new Row(method, pattern, path, body, ifMatch, outcomes);
        }

        /** Sends the object's current ETag in If-Match, read just before the request. */
        Row currentVersion() {
            return new Row(method, pattern, path, body, true, outcomes);
        }

        Row everyone() {
            return with(Outcome.ALLOWED, Who.values());
        }

        Row allowed(Who... callers) {
            return with(Outcome.ALLOWED, callers);
        }

        Row hidden(Who... callers) {
            return with(Outcome.HIDDEN, callers);
        }

        private Row with(Outcome outcome, Who... callers) {
            var changed = new EnumMap<Who, Outcome>(Who.class);
            changed.putAll(outcomes);
            Arrays.stream(callers).forEach(who -> changed.put(who, outcome));
            return new Row(method, pattern, path, body, ifMatch, changed);
        }
    }
}
