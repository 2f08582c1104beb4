package org.opencities.testbench.probes.schedule.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.schedule.Priority;
import org.opencities.testbench.probes.schedule.Refusal;
import org.opencities.testbench.probes.schedule.RunState;
import org.opencities.testbench.probes.schedule.Schedules.StoredRun;
import org.opencities.testbench.probes.schedule.Schedules.StoredTask;
import org.opencities.testbench.probes.schedule.Task;
import org.opencities.testbench.probes.schedule.TaskState;
import org.opencities.testbench.probes.schedule.Timetable;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agent's tasks and runs on H2 (PostgreSQL mode) and on a real PostgreSQL, refused assignments among them. */
class JdbcSchedulesIT {

    private static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsARefusedAssignmentAsATaskWithItsNonstartRunAndReason(String name, DataSource dataSource) {
        var schedules = emptySchedules(dataSource);
        String assignment = "as-refused-" + UUID.randomUUID();
        var refusal = new Refusal(assignment, "seg-a", "svc-a", "traceroute-with-a-very-long-name", null,
                Priority.ACTIVATION, T0, "invalid assignment: unknown tool traceroute-with-a-very-long-name");

        schedules.saveRefusal("agent-1", refusal, refusal.run("run-refused-1"));

        assertThat(schedules.known(assignment)).isTrue();
        assertThat(schedules.task(assignment)).as("a refused assignment is no task to schedule").isEmpty();
        assertThat(schedules.activeTasks("agent-1")).isEmpty();
        assertThat(schedules.openRuns("agent-1")).isEmpty();
        assertThat(schedules.tasks(TaskState.REFUSED, 0, 10)).singleElement().satisfies(task -> {
            assertThat(task).extracting(StoredTask::id, StoredTask::agentId, StoredTask::segmentId, StoredTask::serviceId,
                    StoredTask::tool, StoredTask::target, StoredTask::priority, StoredTask::firstSlot)
                    .containsExactly(assignment, "agent-1", "seg-a", "svc-a", "traceroute-with-a-ve", null,
                            Priority.ACTIVATION, T0);
            assertThat(task.reason()).startsWith("invalid assignment: unknown tool");
        });
        assertThat(schedules.runs(assignment, null, 0, 10)).singleElement().satisfies(stored -> {
            assertThat(stored).extracting(StoredRun::agentId, StoredRun::resultJson).containsExactly("agent-1", null);
            assertThat(stored.run().id()).isEqualTo("run-refused-1");
            assertThat(stored.run().state()).isEqualTo(RunState.NONSTART);
            assertThat(stored.run().endpoint()).isNull();
            assertThat(stored.run().slot()).isEqualTo(T0);
            assertThat(stored.run().endedAt()).isEqualTo(T0);
            assertThat(stored.run().reason()).startsWith("invalid assignment: unknown tool");
        });
        assertThat(schedules.countRuns(null, RunState.NONSTART)).isEqualTo(1);
        assertThat(schedules.countTasks(TaskState.REFUSED)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsAcceptedAndRefusedTasksTogether(String name, DataSource dataSource) {
        var schedules = emptySchedules(dataSource);
        var timetable = new Timetable(Duration.ofSeconds(5), () -> "run-" + UUID.randomUUID());
        schedules.save("agent-1", timetable.add(Task.of("as-accepted", "seg-a", null,
                StampSpec.of(Endpoint.parse("127.0.0.20:862"), 10), Duration.ofMinutes(1), Duration.ofSeconds(10),
                Priority.ROUTINE, null, T0)));
        var refusal = new Refusal("as-refused", "seg-b", null, "stamp", "127.0.0.99:862", Priority.ROUTINE,
                T0.plusSeconds(1), "agent agent-1 knows no probe host for segment seg-b");
        schedules.saveRefusal("agent-1", refusal, refusal.run("run-refused-2"));

        assertThat(schedules.tasks(null, 0, 10)).extracting(StoredTask::id, StoredTask::state, StoredTask::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("as-refused", TaskState.REFUSED, "127.0.0.99:862"),
                        org.assertj.core.groups.Tuple.tuple("as-accepted", TaskState.ACTIVE, "127.0.0.20:862"));
        assertThat(schedules.task("as-accepted")).hasValueSatisfying(task -> assertThat(task.spec().address())
                .isEqualTo("127.0.0.20:862"));
        assertThat(schedules.activeTasks("agent-1")).extracting(Task::id).containsExactly("as-accepted");
        assertThat(schedules.known("as-accepted")).isTrue();
        assertThat(schedules.known("as-never-seen")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesEndedRunsOlderThanTheCutoffOldestFirstAndKeepsOpenRunsAndTasks(String name, DataSource dataSource) {
        var schedules = emptySchedules(dataSource);
        var timetable = new Timetable(Duration.ofSeconds(5), () -> "run-" + UUID.randomUUID());
        schedules.save("agent-1", timetable.add(Task.of("as-every-minute", "seg-a", null,
                StampSpec.of(Endpoint.parse("127.0.0.20:862"), 10), Duration.ofMinutes(1), Duration.ofSeconds(10),
                Priority.ROUTINE, null, T0)));
        // Slots T0 .. T0+9 min pass while the agent is down: ten missed runs, and the one at T0+10 min on deck.
        schedules.save("agent-1", timetable.tick(T0.plus(Duration.ofMinutes(10))));
        var refusal = new Refusal("as-refused-old", "seg-a", null, "stamp", null, Priority.ROUTINE, T0.minusSeconds(1),
                "agent agent-1 knows no probe host for segment seg-a");
        schedules.saveRefusal("agent-1", refusal, refusal.run("run-refused-old"));
        var cutoff = T0.plus(Duration.ofMinutes(5));

        assertThat(schedules.deleteEndedRunsBefore(cutoff, 3)).isEqualTo(3);
        assertThat(schedules.runs(null, null, 0, 100)).extracting(stored -> stored.run().slot()).doesNotContain(
                T0.minusSeconds(1), T0, T0.plus(Duration.ofMinutes(1)));
        assertThat(schedules.deleteEndedRunsBefore(cutoff, 10)).as("the slots T0+2 .. T0+4 min").isEqualTo(3);
        assertThat(schedules.deleteEndedRunsBefore(T0.plus(Duration.ofHours(1)), 100)).isEqualTo(5);

        assertThat(schedules.runs(null, null, 0, 100)).singleElement()
                .satisfies(stored -> assertThat(stored.run().state()).isEqualTo(RunState.ON_DECK));
        assertThat(schedules.known("as-refused-old")).as("tasks stay, so an old assignment id is still known").isTrue();
        assertThat(schedules.activeTasks("agent-1")).extracting(Task::id).containsExactly("as-every-minute");
    }

    private static JdbcSchedules emptySchedules(DataSource dataSource) {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM probes.probe_run").update();
        jdbc.sql("DELETE FROM probes.probe_task").update();
        return new JdbcSchedules(jdbc);
    }
}
