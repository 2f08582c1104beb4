package org.opencities.testbench.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
import tools.jackson.databind.json.JsonMapper;

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
        /** A tester: no account, the personal token from its enrolment in X-Tester-Token where a row asks for it. */
        TESTER(null, null),
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
    @Autowired
    JsonMapper json;

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
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),

            row(HttpMethod.GET, "/api/v1/calls").everyone(),
            row(HttpMethod.POST, "/api/v1/calls").body(() -> call(uniqueId()))
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY),
            row(HttpMethod.GET, "/api/v1/calls/{id}", () -> "/api/v1/calls/" + openCall()).everyone(),
            row(HttpMethod.PUT, "/api/v1/calls/{id}", () -> "/api/v1/calls/" + draftCall())
                    .body(() -> call("ignored")).currentVersion()
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.POST, "/api/v1/calls/{id}/transitions", () -> "/api/v1/calls/" + draftCall() + "/transitions")
                    .body(() -> "{\"to\": \"OPEN\"}").currentVersion()
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.PUT, "/api/v1/calls/{id}/jurors", () -> "/api/v1/calls/" + draftCall() + "/jurors")
                    .body(() -> "{\"jurors\": [\"lab-helsinki\", \"juror-helsinki\"]}").currentVersion()
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            // Everyone with a role that applies or manages gets the list, filtered to what it may see.
            row(HttpMethod.GET, "/api/v1/calls/{callId}/applications", () -> "/api/v1/calls/" + openCall() + "/applications")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY, Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/calls/{callId}/applications/{id}", () -> application(false).path())
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY, Who.SME_OWN).hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.POST, "/api/v1/calls/{callId}/applications", () -> "/api/v1/calls/" + openCall() + "/applications")
                    .body(() -> application())
                    .allowed(Who.SME_OWN).hidden(Who.SME_OTHER),
            row(HttpMethod.POST, "/api/v1/calls/{callId}/applications/{id}/withdrawal",
                    () -> application(false).path() + "/withdrawal")
                    .allowed(Who.SME_OWN).hidden(Who.SME_OTHER),
            row(HttpMethod.PUT, "/api/v1/calls/{callId}/applications/{id}/score", () -> application(true).path() + "/score")
                    .body(() -> "{\"points\": [8, 6], \"comment\": \"Solid\"}")
                    .allowed(Who.LAB_OWN_CITY),
            row(HttpMethod.POST, "/api/v1/calls/{callId}/applications/{id}/conflict",
                    () -> application(true).path() + "/conflict").body(() -> "{\"reason\": \"Advises the SME\"}")
                    .allowed(Who.LAB_OWN_CITY),
            row(HttpMethod.GET, "/api/v1/calls/{callId}/ranking", () -> application(true).call() + "/ranking")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY),
            row(HttpMethod.POST, "/api/v1/calls/{callId}/award", () -> application(true).call() + "/award")
                    .body(() -> "{\"applicationIds\": []}")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY),

            row(HttpMethod.POST, "/api/v1/registrations").body(AuthorisationMatrixIT::registration).everyone(),
            row(HttpMethod.POST, "/api/v1/registrations/resend")
                    .body(() -> "{\"email\": \"nobody@example.org\"}").everyone(),
            // Anyone may confirm; the token decides, and an unknown one is not found for everybody.
            row(HttpMethod.POST, "/api/v1/registrations/confirm")
                    .body(() -> "{\"token\": \"unknown\"}").hidden(Who.values()),
            row(HttpMethod.GET, "/api/v1/organisations/{organisationId}/users",
                    () -> "/api/v1/organisations/" + ORGANISATION + "/users")
                    .allowed(Who.ADMIN, Who.SME_OWN).hidden(Who.SME_OTHER),

            row(HttpMethod.GET, "/api/v1/consents").everyone(),
            row(HttpMethod.GET, "/api/v1/consents/{purpose}/{version}", () -> "/api/v1/consents/participation/1").everyone(),
            row(HttpMethod.POST, "/api/v1/consents").body(AuthorisationMatrixIT::consentText).allowed(Who.ADMIN),

            row(HttpMethod.POST, "/api/v1/pilots/{pilotId}/invitations",
                    () -> "/api/v1/pilots/" + acceptedPilot() + "/invitations")
                    .body(AuthorisationMatrixIT::invitations)
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.GET, "/api/v1/pilots/{pilotId}/invitations", () -> invitationBatch().pilotPath())
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/pilots/{pilotId}/invitations/{batchId}", () -> invitationBatch().batchPath())
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.POST, "/api/v1/pilots/{pilotId}/invitations/{batchId}/revoke",
                    () -> invitationBatch().batchPath() + "/revoke")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.POST, "/api/v1/enrolments").body(() -> enrolment(invitationBatch().token())).everyone(),
            // Only the tester's own token finds its enrolment; anybody else's token finds nothing.
            row(HttpMethod.GET, "/api/v1/enrolments/me").testerToken().hidden(Who.values()).allowed(Who.TESTER),
            row(HttpMethod.POST, "/api/v1/enrolments/me/withdraw").testerToken().hidden(Who.values()).allowed(Who.TESTER),
            row(HttpMethod.GET, "/api/v1/pilots/{pilotId}/enrolments", () -> "/api/v1/pilots/" + acceptedPilot() + "/enrolments")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),
            row(HttpMethod.GET, "/api/v1/pilots/{pilotId}/enrolments/counts",
                    () -> "/api/v1/pilots/" + acceptedPilot() + "/enrolments/counts")
                    .allowed(Who.ADMIN, Who.OPERATOR, Who.LAB_OWN_CITY, Who.SME_OWN).hidden(Who.LAB_OTHER_CITY, Who.SME_OTHER),

            row(HttpMethod.GET, "/calls").everyone(),
            row(HttpMethod.GET, "/calls/{id}", () -> "/calls/" + openCall()).everyone(),
            row(HttpMethod.GET, "/sme/calls/{id}/apply", () -> "/sme/calls/" + openCall() + "/apply")
                    .allowed(Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.POST, "/sme/calls/{id}/apply", () -> "/sme/calls/" + openCall() + "/apply")
                    .allowed(Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.GET, "/lab/calls").allowed(Who.ADMIN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY),
            row(HttpMethod.POST, "/lab/calls").allowed(Who.ADMIN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY),
            row(HttpMethod.POST, "/lab/calls/{id}/transitions", () -> "/lab/calls/" + draftCall() + "/transitions?to=OPEN&version=0")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.GET, "/lab/calls/{id}/applications", () -> "/lab/calls/" + openCall() + "/applications")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY),
            row(HttpMethod.GET, "/lab/calls/{id}/jury", () -> "/lab" + application(true).call().replace("/api/v1", "") + "/jury")
                    .allowed(Who.LAB_OWN_CITY),
            row(HttpMethod.POST, "/lab/calls/{id}/jury/{application}/score",
                    () -> application(true).page() + "/score?points=8&points=6&comment=Solid")
                    .allowed(Who.LAB_OWN_CITY),
            row(HttpMethod.POST, "/lab/calls/{id}/jury/{application}/conflict",
                    () -> application(true).page() + "/conflict")
                    .allowed(Who.LAB_OWN_CITY),
            row(HttpMethod.GET, "/lab/calls/{id}/ranking", () -> "/lab" + application(true).call().replace("/api/v1", "") + "/ranking")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY),
            row(HttpMethod.POST, "/lab/calls/{id}/award", () -> "/lab" + application(true).call().replace("/api/v1", "") + "/award")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY),

            row(HttpMethod.GET, "/register").everyone(),
            row(HttpMethod.POST, "/register").everyone(),
            row(HttpMethod.GET, "/register/sent").everyone(),
            row(HttpMethod.GET, "/register/confirm").everyone(),
            row(HttpMethod.POST, "/register/confirm").everyone(),
            row(HttpMethod.POST, "/register/resend").everyone(),
            row(HttpMethod.GET, "/dev/mail").everyone(),
            row(HttpMethod.GET, "/sme").allowed(Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.GET, "/sme/apps/new").allowed(Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.POST, "/sme/apps/new").allowed(Who.SME_OWN, Who.SME_OTHER),
            row(HttpMethod.GET, "/sme/apps/{id}", () -> "/sme/apps/" + app).allowed(Who.SME_OWN).hidden(Who.SME_OTHER),
            row(HttpMethod.GET, "/sme/pilots/{id}", () -> "/sme/pilots/" + helsinkiPilot())
                    .allowed(Who.SME_OWN).hidden(Who.SME_OTHER),

            row(HttpMethod.GET, "/lab/pilots").allowed(Who.ADMIN, Who.LAB_OWN_CITY, Who.LAB_OTHER_CITY),
            row(HttpMethod.GET, "/lab/pilots/{pilotId}/invitations", () -> "/lab" + invitationBatch().pilotPath().replace("/api/v1", ""))
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.POST, "/lab/pilots/{pilotId}/invitations",
                    () -> "/lab/pilots/" + acceptedPilot() + "/invitations?count=2&expiresOn=" + LocalDate.now().plusDays(10)
                            + "&language=fi")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),
            row(HttpMethod.POST, "/lab/pilots/{pilotId}/invitations/{batchId}/revoke",
                    () -> "/lab" + invitationBatch().batchPath().replace("/api/v1", "") + "/revoke")
                    .allowed(Who.ADMIN, Who.LAB_OWN_CITY).hidden(Who.LAB_OTHER_CITY),

            row(HttpMethod.GET, "/enrol/{token}", () -> "/enrol/" + invitationBatch().token()).everyone(),
            row(HttpMethod.POST, "/enrol/{token}", () -> "/enrol/" + invitationBatch().token()).everyone(),
            row(HttpMethod.GET, "/enrol/me/{token}", () -> "/enrol/me/" + testerToken()).everyone(),
            row(HttpMethod.POST, "/enrol/me/{token}/withdraw", () -> "/enrol/me/" + testerToken() + "/withdraw").everyone());

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
        if (row.sendsTesterToken()) {
            request.header("X-Tester-Token", who == Who.TESTER ? testerToken() : "nobody-" + UUID.randomUUID());
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
        var response = mvc.perform(request(HttpMethod.GET, path.replaceFirst("/(transitions|jurors)$", ""))
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

    private static String uniqueId() {
        return "matrix-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Sends a request as the user and returns its answer, failing unless it is one of the expected statuses. */
    private MockHttpServletResponse as(Who who, HttpMethod method, String path, String body, String ifMatch)
            throws Exception {
        var request = request(method, path).with(httpBasic(who.user, who.password)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s: %s", method, path, response.getContentAsString()).isLessThan(300);
        return response;
    }

    private String read(MockHttpServletResponse response, String field) throws Exception {
        return json.readTree(response.getContentAsString()).path(field).asString();
    }

    /** A call run by Helsinki for Helsinki and Oulu, open from 2026 until 2099. */
    private static String call(String id) {
        return """
                {"id":"%s","owner":"helsinki","title":"Matrix call","description":"For the matrix",
                 "opensAt":"2026-01-10T09:00+02:00[Europe/Helsinki]","closesAt":"2099-03-10T17:00+01:00[Europe/Brussels]",
                 "eligibility":{"countries":["FI"],"categories":["MOBILITY"],"minTesters":1,"maxTesters":500},
                 "criteria":[{"name":"Impact","weight":3},{"name":"Feasibility","weight":1}],
                 "maxPilots":2,
                 "capacities":[{"city":"helsinki","maxPilots":2,"downstreamKbps":500000,"upstreamKbps":100000},
                               {"city":"oulu","maxPilots":1,"downstreamKbps":500000,"upstreamKbps":100000}]}"""
                .formatted(id);
    }

    private String draftCall() throws Exception {
        return read(as(Who.LAB_OWN_CITY, HttpMethod.POST, "/api/v1/calls", call(uniqueId()), null), "id");
    }

    private String openCall() throws Exception {
        String id = draftCall();
        as(Who.LAB_OWN_CITY, HttpMethod.POST, "/api/v1/calls/" + id + "/transitions", "{\"to\": \"OPEN\"}", "\"0\"");
        return id;
    }

    private String application() {
        var start = LocalDate.now().plusDays(30);
        return """
                {"appId":"%s","cities":["helsinki"],"plannedTesters":10,"startDate":"%s","endDate":"%s"}"""
                .formatted(app, start, start.plusDays(90));
    }

    /** An application of the own organisation to a fresh open call; with its jury evaluating when asked. */
    private Applied application(boolean evaluating) throws Exception {
        String call = draftCall();
        String path = "/api/v1/calls/" + call;
        as(Who.LAB_OWN_CITY, HttpMethod.PUT, path + "/jurors", "{\"jurors\": [\"lab-helsinki\", \"juror-helsinki\"]}",
                "\"0\"");
        as(Who.LAB_OWN_CITY, HttpMethod.POST, path + "/transitions", "{\"to\": \"OPEN\"}", currentETag(path));
        String id = read(as(Who.SME_OWN, HttpMethod.POST, path + "/applications", application(), null), "id");
        if (evaluating) {
            as(Who.LAB_OWN_CITY, HttpMethod.POST, path + "/transitions", "{\"to\": \"EVALUATING\"}", currentETag(path));
        }
        return new Applied(call, id);
    }

    /** An application to a call, and the paths that reach it. */
    record Applied(String callId, String id) {

        String call() {
            return "/api/v1/calls/" + callId;
        }

        String path() {
            return call() + "/applications/" + id;
        }

        String page() {
            return "/lab/calls/" + callId + "/jury/" + id;
        }
    }

    private static String registration() {
        return """
                {"organisation": {"name": "Matrix %s Oy", "country": "FI", "vatId": "FI12345671",
                                  "contactEmail": "contact@matrix.example"},
                 "user": {"email": "%s@matrix.example", "displayName": "Matrix", "password": "correct horse battery",
                          "language": "en"}}""".formatted(uniqueId(), uniqueId());
    }

    private static String consentText() {
        var translations = Stream.of("en", "fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl")
                .map(language -> "\"" + language + "\": \"Research use, version for the matrix (" + language + ")\"")
                .collect(Collectors.joining(", "));
        return "{\"purpose\": \"research\", \"translations\": {" + translations + "}}";
    }

    /** A pilot of the own organisation in Helsinki, accepted, so it takes invitations. */
    private String acceptedPilot() {
        var pilot = submit();
        return lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.ACCEPTED, "admin", "fits").id().value();
    }

    private static String invitations() {
        return "{\"count\": 2, \"expiresAt\": \"" + Instant.now().plus(Duration.ofDays(30)) + "\", \"language\": \"fi\"}";
    }

    /** A fresh batch of invitations to a fresh accepted pilot, with one unused token. */
    private Batch invitationBatch() throws Exception {
        String pilot = acceptedPilot();
        var issued = json.readTree(as(Who.ADMIN, HttpMethod.POST, "/api/v1/pilots/" + pilot + "/invitations",
                invitations(), null).getContentAsString());
        String link = issued.path("links").path(0).asString();
        return new Batch(pilot, issued.path("batch").path("id").asString(), link.substring(link.lastIndexOf('/') + 1));
    }

    /** A batch of invitations, with one of its tokens. */
    record Batch(String pilot, String batch, String token) {

        String pilotPath() {
            return "/api/v1/pilots/" + pilot + "/invitations";
        }

        String batchPath() {
            return pilotPath() + "/" + batch;
        }
    }

    private static String enrolment(String token) {
        return """
                {"invitation": "%s", "language": "fi", "city": "helsinki", "device": "phone", "platform": "android",
                 "consents": [{"purpose": "participation", "version": 1}]}""".formatted(token);
    }

    /** The personal token of a fresh tester, enrolled from a fresh invitation. */
    private String testerToken() throws Exception {
        var response = mvc.perform(request(HttpMethod.POST, "/api/v1/enrolments")
                .contentType(MediaType.APPLICATION_JSON).content(enrolment(invitationBatch().token())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return read(response, "testerToken");
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

    private static Row row(HttpMethod method, String pattern, Text path) {
        return new Row(method, pattern, path, null, false, false, new EnumMap<>(Who.class));
    }

    /**
     * One endpoint: how to call it and what each caller gets. Callers not named get
     * {@link Outcome#UNAUTHENTICATED} without an account and {@link Outcome#FORBIDDEN} otherwise.
     */
    /** A path or body made just before the request, often by creating what it names. */
    @FunctionalInterface
    interface Text {
        String get() throws Exception;
    }

    record Row(HttpMethod method, String pattern, Text path, Text body, boolean ifMatch,
            boolean sendsTesterToken, Map<Who, Outcome> outcomes) {

        String endpoint() {
            return method.name() + " " + pattern;
        }

        Outcome outcome(Who who) {
            return outcomes.getOrDefault(who, who.user == null ? Outcome.UNAUTHENTICATED : Outcome.FORBIDDEN);
        }

        Row body(Text body) {
            return new Row(method, pattern, path, body, ifMatch, sendsTesterToken, outcomes);
        }

        /** Sends the object's current ETag in If-Match, read just before the request. */
        Row currentVersion() {
            return new Row(method, pattern, path, body, true, sendsTesterToken, outcomes);
        }

        /** Sends the personal token of a fresh enrolment in X-Tester-Token when the caller is the tester. */
        Row testerToken() {
            return new Row(method, pattern, path, body, ifMatch, true, outcomes);
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
            return new Row(method, pattern, path, body, ifMatch, sendsTesterToken, changed);
        }
    }
}
