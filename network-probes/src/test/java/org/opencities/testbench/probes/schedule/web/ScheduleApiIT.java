package org.opencities.testbench.probes.schedule.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.ProbesTestApplication;
import org.opencities.testbench.probes.schedule.Priority;
import org.opencities.testbench.probes.schedule.Refusal;
import org.opencities.testbench.probes.schedule.Schedules;
import org.opencities.testbench.probes.schedule.Task;
import org.opencities.testbench.probes.schedule.Timetable;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The task and run listings over real H2, with pagination, filters and refused filters. */
@SpringBootTest(classes = ProbesTestApplication.class)
@AutoConfigureMockMvc
class ScheduleApiIT {

    static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    Schedules schedules;

    @Test
    void listsTasksAndRunsWithTheirStates() throws Exception {
        var ids = new AtomicInteger();
        var timetable = new Timetable(Duration.ofSeconds(5), () -> "api-run-" + ids.incrementAndGet());
        schedules.save("api-agent", timetable.add(Task.of("api-task", "seg-api", "svc-api",
                StampSpec.of(Endpoint.parse("127.0.0.20:862"), 10), Duration.ofMinutes(1), Duration.ofSeconds(10),
                Priority.ROUTINE, null, T0)));
        schedules.save("api-agent", timetable.tick(T0.plus(Duration.ofMinutes(2))));

        mvc.perform(get("/api/v1/probe-tasks").param("state", "active").with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'api-task')].agentId").value("api-agent"))
                .andExpect(jsonPath("$.items[?(@.id == 'api-task')].repeat").value("PT1M"))
                .andExpect(jsonPath("$.items[?(@.id == 'api-task')].target").value("127.0.0.20:862"));
        mvc.perform(get("/api/v1/probe-runs").param("taskId", "api-task").param("limit", "2")
                        .with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].state").value("on-deck"))
                .andExpect(jsonPath("$.items[1].state").value("missed"));
        mvc.perform(get("/api/v1/probe-runs").param("taskId", "api-task").param("state", "missed")
                        .with(httpBasic("operator", "operator")))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void listsARefusedAssignmentAsATaskAndItsNonstartRunWithTheReason() throws Exception {
        var refusal = new Refusal("api-refused", "seg-api", "svc-api", "stamp", null, Priority.ROUTINE,
                T0.plusSeconds(30), "agent api-agent knows no probe host for segment seg-api");
        schedules.saveRefusal("api-agent", refusal, refusal.run("api-refused-run"));

        mvc.perform(get("/api/v1/probe-tasks").param("state", "refused").with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'api-refused')].state").value("refused"))
                .andExpect(jsonPath("$.items[?(@.id == 'api-refused')].reason")
                        .value("agent api-agent knows no probe host for segment seg-api"));
        mvc.perform(get("/api/v1/probe-runs").param("taskId", "api-refused").with(httpBasic("operator", "operator")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$.items[0].id").value("api-refused-run"))
                .andExpect(jsonPath("$.items[0].state").value("nonstart"))
                .andExpect(jsonPath("$.items[0].endedAt").value("2027-01-20T10:00:30Z"))
                .andExpect(jsonPath("$.items[0].reason").value("agent api-agent knows no probe host for segment seg-api"));
    }

    @Test
    void refusesAnUnknownStateNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/probe-runs").param("state", "lost").with(httpBasic("operator", "operator")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("on-deck")));
        mvc.perform(get("/api/v1/probe-tasks").param("limit", "0").with(httpBasic("operator", "operator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void needsAnOperator() throws Exception {
        mvc.perform(get("/api/v1/probe-runs")).andExpect(status().isUnauthorized());
    }
}
