package org.opencities.testbench.probes.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.LatencyStatistics;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.spec.ThroughputSpec;

class TimetableTests {

    static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");
    static final Duration GRACE = Duration.ofSeconds(5);

    final AtomicInteger ids = new AtomicInteger();
    final Timetable timetable = new Timetable(GRACE, () -> "run-" + ids.incrementAndGet());

    static Task stampEvery(String id, Duration repeat, Duration slip) {
        return Task.of(id, "seg-1", "svc-1", StampSpec.of(Endpoint.parse("192.0.2.10:862"), 10), repeat, slip,
                Priority.ROUTINE, null, T0);
    }

    static Task throughput(String id, Priority priority, Duration slip, Instant first) {
        return Task.of(id, "seg-1", "svc-1", ThroughputSpec.of(Endpoint.parse("192.0.2.10:5201"), 10), null, slip,
                priority, null, first);
    }

    static StampResult stampFigures(Instant at) {
        return new StampResult("stamp", "192.0.2.10:862", at, 10, 10, 0, 0.0, 0, 0, 0,
                new LatencyStatistics(0.4, 0.6, 0.6, 0.9, 1.7), 0.08, null, null);
    }

    @Test
    void startsARepeatingTaskAtEachSlotAndKeepsOnePendingRunAhead() {
        timetable.add(stampEvery("as-1", Duration.ofMinutes(5), Duration.ofMinutes(1)));

        var first = timetable.tick(T0);
        assertThat(first.toStart()).singleElement().satisfies(run -> {
            assertThat(run.slot()).isEqualTo(T0);
            assertThat(run.state()).isEqualTo(RunState.ON_DECK);
        });
        String runId = first.toStart().get(0).id();
        assertThat(timetable.started(runId, T0).runs()).extracting(Run::state).containsExactly(RunState.RUNNING);
        var ended = timetable.ended(runId, stampFigures(T0), T0.plusSeconds(2));

        assertThat(ended.runs()).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(RunState.FINISHED);
            assertThat(run.endedAt()).isEqualTo(T0.plusSeconds(2));
        });
        var second = timetable.tick(T0.plus(Duration.ofMinutes(5)));
        assertThat(second.toStart()).singleElement().extracting(Run::slot).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aWallClockSteppedBackDuringARunKeepsItsFiguresAndNeverEndsItBeforeItStarted() {
        timetable.add(stampEvery("as-1", Duration.ofMinutes(5), Duration.ofMinutes(1)));
        String runId = timetable.tick(T0).toStart().get(0).id();
        timetable.started(runId, T0);

        var ended = timetable.ended(runId, stampFigures(T0), T0.minus(Duration.ofHours(1)));

        assertThat(ended.runs()).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(RunState.FINISHED);
            assertThat(run.startedAt()).isEqualTo(T0);
            assertThat(run.endedAt()).as("clamped to the start").isEqualTo(T0);
        });
        assertThat(timetable.tick(T0.plus(Duration.ofMinutes(5))).toStart()).as("the task keeps running").hasSize(1);
    }

    @Test
    void aFailedToolRunEndsFailedWithTheCodeAndReason() {
        timetable.add(stampEvery("as-1", Duration.ofMinutes(5), Duration.ofMinutes(1)));
        String runId = timetable.tick(T0).toStart().get(0).id();
        timetable.started(runId, T0);

        var ended = timetable.ended(runId, new MeasurementFailure("stamp", "192.0.2.10:862", T0, FailureCode.REFUSED,
                "ICMP port unreachable"), T0.plusSeconds(1));

        assertThat(ended.runs()).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(RunState.FAILED);
            assertThat(run.reason()).isEqualTo("REFUSED: ICMP port unreachable");
        });
    }

    @Test
    void aSecondThroughputTestWaitsForTheEndpointWithinItsSlip() {
        timetable.add(throughput("as-1", Priority.ROUTINE, Duration.ofMinutes(1), T0));
        timetable.add(throughput("as-2", Priority.ROUTINE, Duration.ofMinutes(1), T0));

        var first = timetable.tick(T0);
        assertThat(first.toStart()).hasSize(1);
        String running = first.toStart().get(0).id();
        timetable.started(running, T0);

        assertThat(timetable.tick(T0.plusSeconds(5)).toStart()).isEmpty();
        timetable.ended(running, stampFigures(T0), T0.plusSeconds(12));
        var later = timetable.tick(T0.plusSeconds(12));

        assertThat(later.toStart()).singleElement().extracting(Run::taskId).isNotEqualTo(first.toStart().get(0).taskId());
    }

    @Test
    void aRunThatCannotStartWithinItsSlipIsMissedNamingWhoHeldTheEndpoint() {
        timetable.add(throughput("as-1", Priority.ROUTINE, Duration.ofSeconds(30), T0));
        timetable.add(throughput("as-2", Priority.ROUTINE, Duration.ofSeconds(30), T0));
        var first = timetable.tick(T0).toStart().get(0);
        timetable.started(first.id(), T0);

        var changes = timetable.tick(T0.plusSeconds(31));

        assertThat(changes.runs()).filteredOn(run -> run.state() == RunState.MISSED).singleElement()
                .satisfies(run -> assertThat(run.reason()).contains("slip window", first.id()));
        assertThat(changes.tasks()).extracting(Task::state).containsExactly(TaskState.DONE);
    }

    @Test
    void anActivationRunPreemptsARoutineThroughputRunOnItsEndpoint() {
        timetable.add(throughput("routine", Priority.ROUTINE, Duration.ofMinutes(1), T0));
        var routine = timetable.tick(T0).toStart().get(0);
        timetable.started(routine.id(), T0);
        timetable.add(Task.of("activation", "seg-1", "svc-1", StampSpec.of(Endpoint.parse("192.0.2.10:862"), 100), null,
                Duration.ofSeconds(30), Priority.ACTIVATION, new ActivationCriteria(30.0, 5.0, 0.001), T0.plusSeconds(2)));

        var changes = timetable.tick(T0.plusSeconds(2));

        assertThat(changes.toInterrupt()).containsExactly(routine.id());
        assertThat(changes.runs()).filteredOn(run -> run.id().equals(routine.id())).singleElement()
                .satisfies(run -> {
                    assertThat(run.state()).isEqualTo(RunState.PREEMPTED);
                    assertThat(run.reason()).contains("activation");
                });
        assertThat(changes.toStart()).singleElement().extracting(Run::taskId).isEqualTo("activation");
        assertThat(timetable.ended(routine.id(), stampFigures(T0), T0.plusSeconds(3)).isEmpty())
                .as("the pre-empted run's late result is dropped").isTrue();
    }

    @Test
    void aRoutineRunDoesNotPreemptAnotherRoutineRun() {
        timetable.add(throughput("first", Priority.ROUTINE, Duration.ofMinutes(1), T0));
        var first = timetable.tick(T0).toStart().get(0);
        timetable.started(first.id(), T0);
        timetable.add(throughput("second", Priority.ROUTINE, Duration.ofMinutes(1), T0.plusSeconds(1)));

        var changes = timetable.tick(T0.plusSeconds(1));

        assertThat(changes.toStart()).isEmpty();
        assertThat(changes.toInterrupt()).isEmpty();
    }

    @Test
    void stampRunsOfRoutineTasksShareAnEndpoint() {
        timetable.add(stampEvery("a", Duration.ofMinutes(1), Duration.ZERO));
        timetable.add(stampEvery("b", Duration.ofMinutes(1), Duration.ZERO));

        assertThat(timetable.tick(T0).toStart()).hasSize(2);
    }

    @Test
    void cancelEndsTheTaskAndItsOpenRunsAndInterruptsTheMeasuringOne() {
        timetable.add(stampEvery("as-1", Duration.ofSeconds(10), Duration.ofSeconds(5)));
        var run = timetable.tick(T0).toStart().get(0);
        timetable.started(run.id(), T0);

        var changes = timetable.cancel("as-1", "service terminated", T0.plusSeconds(1));

        assertThat(changes.toInterrupt()).containsExactly(run.id());
        assertThat(changes.runs()).singleElement().satisfies(canceled -> {
            assertThat(canceled.state()).isEqualTo(RunState.CANCELED);
            assertThat(canceled.reason()).isEqualTo("canceled: service terminated");
        });
        assertThat(changes.tasks()).singleElement().extracting(Task::state).isEqualTo(TaskState.CANCELED);
        assertThat(timetable.tick(T0.plusSeconds(60)).isEmpty()).as("no more slots").isTrue();
    }

    @Test
    void aRunPastItsBoundIsOverdueThenFailsWhenTheToolDoesNotStop() {
        timetable.add(stampEvery("as-1", Duration.ofMinutes(5), Duration.ofMinutes(1)));
        var run = timetable.tick(T0).toStart().get(0);
        timetable.started(run.id(), T0);
        Instant deadline = T0.plus(run.bound()).plus(GRACE);

        var overdue = timetable.tick(deadline.plusMillis(1));
        assertThat(overdue.runs()).singleElement().extracting(Run::state).isEqualTo(RunState.OVERDUE);
        assertThat(overdue.toInterrupt()).containsExactly(run.id());

        var failed = timetable.tick(deadline.plus(GRACE).plusMillis(1));
        assertThat(failed.runs()).filteredOn(r -> r.id().equals(run.id())).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(RunState.FAILED);
            assertThat(r.reason()).contains("overdue");
        });
    }

    @Test
    void slotsThatPassedWhileTheAgentWasDownAreMissedNotSkipped() {
        timetable.add(stampEvery("as-1", Duration.ofMinutes(1), Duration.ofSeconds(10)));

        var changes = timetable.tick(T0.plus(Duration.ofMinutes(3)).plusSeconds(5));

        assertThat(changes.runs()).extracting(Run::state)
                .containsExactly(RunState.MISSED, RunState.MISSED, RunState.MISSED, RunState.ON_DECK);
    }

    @Test
    void restoreSettlesRunsTheRestartInterrupted() {
        var task = stampEvery("as-1", Duration.ofMinutes(1), Duration.ofSeconds(10));
        var pending = new Run("run-p", "as-1", "stamp", "192.0.2.10", Priority.ROUTINE, false, T0, T0.plusSeconds(10),
                Duration.ofSeconds(2), RunState.PENDING, null, null, null);
        var onDeck = new Run("run-d", "as-1", "stamp", "192.0.2.10", Priority.ROUTINE, false, T0, T0.plusSeconds(10),
                Duration.ofSeconds(2), RunState.ON_DECK, null, null, null);
        var running = new Run("run-r", "as-1", "stamp", "192.0.2.10", Priority.ROUTINE, false, T0, T0.plusSeconds(10),
                Duration.ofSeconds(2), RunState.RUNNING, T0, null, null);

        var changes = timetable.restore(List.of(task), List.of(pending, onDeck, running), T0.plusSeconds(1));

        assertThat(changes.runs()).extracting(Run::id, Run::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("run-d", RunState.NONSTART),
                        org.assertj.core.groups.Tuple.tuple("run-r", RunState.FAILED));
        assertThat(timetable.openRuns()).extracting(Run::id).containsExactly("run-p");
        assertThat(timetable.has("as-1")).isTrue();
    }

    @Test
    void aDuplicateAssignmentAddsNothing() {
        timetable.add(stampEvery("as-1", Duration.ofMinutes(1), Duration.ZERO));

        assertThat(timetable.add(stampEvery("as-1", Duration.ofMinutes(1), Duration.ZERO)).isEmpty()).isTrue();
    }

    @Test
    void refusesIllegalTransitions() {
        var finished = new Run("run-1", "as-1", "stamp", "h", Priority.ROUTINE, false, T0, T0, Duration.ofSeconds(1),
                RunState.FINISHED, T0, T0, null);

        assertThatThrownBy(() -> finished.to(RunState.RUNNING, T0, null))
                .isInstanceOf(IllegalRunTransition.class).hasMessageContaining("finished to running");
    }

    @Test
    void namesStatesAsPscheduler() {
        assertThat(RunState.ON_DECK.label()).isEqualTo("on-deck");
        assertThat(RunState.ofLabel("on-deck")).isEqualTo(RunState.ON_DECK);
    }

    @Test
    void activationCriteriaNameEachViolation() {
        var criteria = new ActivationCriteria(0.5, 5.0, 0.0);

        assertThat(criteria.violations(stampFigures(T0))).containsExactly("RTT p95 0.9 ms above 0.5 ms");
    }
}
