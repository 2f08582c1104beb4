package org.opencities.testbench.probes.history.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.ProbesTestApplication;
import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.Measurements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(classes = ProbesTestApplication.class)
@AutoConfigureMockMvc
class MeasurementApiIT {

    private static final Instant T0 = Instant.parse("2027-01-20T00:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    Measurements history;

    private final String segment = "api-seg-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void recordADayOfRuns() {
        for (int hour = 0; hour < 24; hour++) {
            var startedAt = T0.plusSeconds(3600L * hour);
            var figures = new Figures(1.0, 2.0, 2.0, hour + 1.0, hour + 2.0, 0.1, 0.0, null, 100, 100);
            history.record(new Measurement(segment + "-run-" + hour, "as-1", "agent-1", segment, "svc-" + segment, "stamp",
                    startedAt, startedAt.plusSeconds(2), figures, null));
        }
        history.record(new Measurement(segment + "-failed", "as-2", "agent-1", segment, "svc-" + segment, "throughput",
                T0.plusSeconds(1800), null, Figures.NONE, "server busy: ACCESS_DENIED"));
    }

    @Test
    void pagesRunsOfAShortRangeOldestFirst() throws Exception {
        query("from", "2027-01-20T00:00:00Z", "to", "2027-01-20T02:00:00Z", "limit", "2", "offset", "1")
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(header().string("X-Result-Count", "2"))
                .andExpect(jsonPath("$.runs.length()").value(2))
                .andExpect(jsonPath("$.runs[0].outcome").value("failed"))
                .andExpect(jsonPath("$.runs[0].failureReason").value(containsString("ACCESS_DENIED")))
                .andExpect(jsonPath("$.runs[1].runId").value(segment + "-run-1"))
                .andExpect(jsonPath("$.runs[1].figures.rttP95Ms").value(2.0))
                .andExpect(jsonPath("$.step").doesNotExist());
    }

    @Test
    void filtersByTool() throws Exception {
        query("from", "2027-01-20T00:00:00Z", "to", "2027-01-21T00:00:00Z", "tool", "throughput", "step", "PT24H")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buckets.length()").value(1))
                .andExpect(jsonPath("$.buckets[0].runs").value(1))
                .andExpect(jsonPath("$.buckets[0].failedRuns").value(1));
    }

    @Test
    void downsamplesALongRangeOnItsOwn() throws Exception {
        query("from", "2027-01-20T00:00:00Z", "to", "2027-01-21T00:00:00Z")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("PT1M"))
                .andExpect(jsonPath("$.total").value(25))
                .andExpect(jsonPath("$.buckets[0].runs").value(1))
                .andExpect(jsonPath("$.buckets[1].start").value("2027-01-20T00:30:00Z"))
                .andExpect(jsonPath("$.buckets[1].failedRuns").value(1))
                .andExpect(jsonPath("$.runs").doesNotExist());
    }

    @Test
    void summarisesBucketsOfTheAskedStep() throws Exception {
        query("from", "2027-01-20T00:00:00Z", "to", "2027-01-21T00:00:00Z", "step", "PT6H")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("PT6H"))
                .andExpect(jsonPath("$.buckets.length()").value(4))
                .andExpect(jsonPath("$.buckets[1].start").value("2027-01-20T06:00:00Z"))
                .andExpect(jsonPath("$.buckets[1].runs").value(6))
                .andExpect(jsonPath("$.buckets[1].rttMs.min").value(1.0))
                .andExpect(jsonPath("$.buckets[1].rttMs.mean").value(2.0))
                .andExpect(jsonPath("$.buckets[1].rttMs.max").value(13.0))
                .andExpect(jsonPath("$.buckets[1].rttMs.p95").value(12.0));
    }

    @Test
    void refusesABackwardsRangeNamingTheField() throws Exception {
        problem(query("from", "2027-01-21T00:00:00Z", "to", "2027-01-20T00:00:00Z"), "to", "after from");
    }

    @Test
    void refusesMissingAndMalformedParametersNamingEach() throws Exception {
        problem(query("to", "2027-01-20T00:00:00Z"), "from", "required");
        problem(query("from", "yesterday", "to", "2027-01-20T00:00:00Z"), "from", "ISO-8601");
        problem(query("from", "2027-01-20T00:00:00Z", "to", "2027-01-21T00:00:00Z", "step", "5 minutes"), "step", "ISO-8601");
        problem(query("from", "2027-01-20T00:00:00Z", "to", "2027-01-21T00:00:00Z", "step", "PT1S"), "step", "2000 buckets");
        problem(query("from", "2020-01-01T00:00:00Z", "to", "2027-01-21T00:00:00Z"), "to", "366 days");
        problem(query("from", "2027-01-20T00:00:00Z", "to", "2027-01-21T00:00:00Z", "limit", "1001"), "limit", "1000");
    }

    @Test
    void isForOperatorsAndAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/measurements")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/measurements").with(user("tester").roles("TESTER"))).andExpect(status().isForbidden());
    }

    private void problem(ResultActions result, String field, String reason) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString(reason)));
    }

    private ResultActions query(String... parameters) throws Exception {
        var request = get("/api/v1/measurements").param("segment", segment).with(httpBasic("operator", "operator"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }
}
