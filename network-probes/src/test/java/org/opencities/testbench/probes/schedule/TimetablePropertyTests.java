package org.opencities.testbench.probes.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.spec.ThroughputSpec;

/**
 * Rules that hold for any mix of tasks and any order of events: an agent simulated second by
 * second, with tools that take random times, cancels and activations arriving at random.
 */
class TimetablePropertyTests {

    static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");

    record TaskPlan(int startSecond, boolean throughput, boolean activation, int repeatSeconds, int slipSeconds,
            int host, int toolSeconds, int cancelAfter) {
    }

    @Provide
    Arbitrary<TaskPlan> plans() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 60), Arbitraries.of(true, false), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(5, 40), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 200))
                .as((start, throughput, kind, repeat, slip, host, toolSeconds, cancelAfter) -> new TaskPlan(start,
                        throughput, kind == 0, repeat, slip, host, toolSeconds, cancelAfter));
    }

    /** The simulated agent: what the timetable decided, replayed against a tiny executor. */
    static final class Simulation {
        final AtomicInteger ids = new AtomicInteger();
        final Timetable timetable = new Timetable(Duration.ofSeconds(3), () -> "run-" + ids.incrementAndGet());
        final Map<String, Run> latest = new HashMap<>();
        final Map<String, List<RunState>> history = new HashMap<>();
        final Map<String, Instant> finishesAt = new HashMap<>();
        final Map<String, Integer> toolSeconds = new HashMap<>();
        final List<String> overlaps = new ArrayList<>();

        void apply(Changes changes) {
            for (Run run : changes.runs()) {
                latest.put(run.id(), run);
                history.computeIfAbsent(run.id(), id -> new ArrayList<>()).add(run.state());
            }
        }

        void run(List<TaskPlan> plans, int seconds) {
            for (int second = 0; second <= seconds; second++) {
                Instant now = T0.plusSeconds(second);
                for (int i = 0; i < plans.size(); i++) {
                    var plan = plans.get(i);
                    if (plan.startSecond() == second) {
                        var task = task("task-" + i, plan, now);
                        toolSeconds.put(task.id(), plan.toolSeconds());
                        apply(timetable.add(task));
                    }
                    if (plan.startSecond() + plan.cancelAfter() == second) {
                        apply(timetable.cancel("task-" + i, "test", now));
                    }
                }
                for (var finishing : List.copyOf(finishesAt.entrySet())) {
                    if (!finishing.getValue().isAfter(now)) {
                        finishesAt.remove(finishing.getKey());
                        var run = latest.get(finishing.getKey());
                        apply(timetable.ended(run.id(), new MeasurementFailure(run.tool(), run.endpoint(), now,
                                FailureCode.TIMEOUT, "simulated"), now));
                    }
                }
                var changes = timetable.tick(now);
                apply(changes);
                changes.toInterrupt().forEach(finishesAt::remove);
                for (Run onDeck : changes.toStart()) {
                    timetable.started(onDeck.id(), now).runs().forEach(running -> {
                        latest.put(running.id(), running);
                        history.get(running.id()).add(RunState.RUNNING);
                        finishesAt.put(running.id(), now.plusSeconds(toolSeconds.get(running.taskId())));
                    });
                }
                checkExclusiveRunsDoNotOverlap(now);
            }
        }

        void checkExclusiveRunsDoNotOverlap(Instant now) {
            var active = latest.values().stream().filter(run -> run.state().active()).toList();
            for (Run a : active) {
                for (Run b : active) {
                    if (a.conflictsWith(b)) {
                        overlaps.add(now + ": " + a.id() + " and " + b.id() + " on " + a.endpoint());
                    }
                }
            }
        }

        static Task task(String id, TaskPlan plan, Instant now) {
            var host = Endpoint.parse("192.0.2." + (10 + plan.host()) + ":5201");
            var spec = plan.throughput() ? ThroughputSpec.of(host, 1 + plan.toolSeconds() % 10)
                    : StampSpec.of(new Endpoint(host.host(), 862), 10);
            return Task.of(id, "seg", null, spec, plan.activation() ? null : Duration.ofSeconds(plan.repeatSeconds()),
                    Duration.ofSeconds(plan.slipSeconds()), plan.activation() ? Priority.ACTIVATION : Priority.ROUTINE,
                    null, now);
        }
    }

    @Property(tries = 200)
    void neverTwoExclusiveRunsOnOneEndpointAtOnce(@ForAll @Size(min = 1, max = 8) List<@From("plans") TaskPlan> plans) {
        var simulation = new Simulation();

        simulation.run(plans, 300);

        assertThat(simulation.overlaps).isEmpty();
    }

    @Property(tries = 200)
    void everyRunEndsInExactlyOneTerminalStateAndNeverLeavesIt(
            @ForAll @Size(min = 1, max = 8) List<@From("plans") TaskPlan> plans, @ForAll @IntRange(min = 100, max = 300) int seconds) {
        var simulation = new Simulation();
        simulation.run(plans, seconds);
        // Let every open run end: cancel everything, then let time pass beyond any bound.
        for (int i = 0; i < plans.size(); i++) {
            simulation.apply(simulation.timetable.cancel("task-" + i, "end of test", T0.plusSeconds(seconds + 1)));
        }
        simulation.apply(simulation.timetable.tick(T0.plusSeconds(seconds + 1_000)));

        assertThat(simulation.history).allSatisfy((run, states) -> {
            assertThat(states.stream().filter(RunState::terminal).count()).as(run + " " + states).isEqualTo(1);
            assertThat(states.get(states.size() - 1).terminal()).as(run + " " + states).isTrue();
            for (int i = 1; i < states.size(); i++) {
                assertThat(states.get(i - 1).canBecome(states.get(i)) || states.get(i - 1) == states.get(i))
                        .as(run + " " + states).isTrue();
            }
        });
        assertThat(simulation.timetable.openRuns()).isEmpty();
    }
}
