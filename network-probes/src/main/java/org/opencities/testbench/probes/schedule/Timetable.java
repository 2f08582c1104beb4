package org.opencities.testbench.probes.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.HttpTimingSpec;
import org.opencities.testbench.probes.spec.MeasurementSpec;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.spec.ThroughputSpec;

/**
 * One agent's schedule: its active tasks and open runs, and every decision about them. Time comes
 * in as an argument, so that tests need no clock and no sleep. Not thread-safe: its owner
 * serialises the calls. Each call answers with the {@link Changes} to store and act on; runs that
 * reach a terminal state leave the timetable.
 * <p>
 * Rules (pScheduler): a run may start from its slot until its slot plus the task's slip; a run
 * that cannot start in that window is {@link RunState#MISSED}. Exclusive runs (throughput tests,
 * activation tests) never share their endpoint with another run. A due run that conflicts with
 * active runs of lower priority only pre-empts them; otherwise it waits. A running run past its
 * bound plus the grace is {@link RunState#OVERDUE}, and fails after a second grace.
 */
public final class Timetable {

    /** Slots created in one decision at most, so that a long outage is caught up over a few ticks. */
    static final int MAX_SLOTS_PER_TICK = 1_000;

    private final Duration grace;
    private final Supplier<String> runIds;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, Run> runs = new LinkedHashMap<>();

    /**
     * @param grace how long a run may outlast its bound before it is overdue, and an overdue run
     *     before it fails
     * @param runIds new run ids
     */
    public Timetable(Duration grace, Supplier<String> runIds) {
        this.grace = grace;
        this.runIds = runIds;
    }

    /**
     * Takes back what was stored before a restart and settles the runs the restart interrupted: a
     * run on deck never started ({@link RunState#NONSTART}), a run that was measuring has no result
     * ({@link RunState#FAILED}).
     */
    public Changes restore(List<Task> activeTasks, List<Run> openRuns, Instant now) {
        var changes = new Changes();
        activeTasks.forEach(task -> tasks.put(task.id(), task));
        for (Run run : openRuns) {
            switch (run.state()) {
                case PENDING -> runs.put(run.id(), run);
                case ON_DECK -> end(run, RunState.NONSTART, now, "the agent stopped before the run began", changes);
                case CLEANUP -> end(run, RunState.FAILED, now, "the agent stopped while recording the result", changes);
                default -> end(run, RunState.FAILED, now, "the agent stopped during the run", changes);
            }
        }
        return changes;
    }

    /** Adds a task; a task whose id is known already changes nothing (assignments may arrive twice). */
    public Changes add(Task task) {
        var changes = new Changes();
        if (!tasks.containsKey(task.id())) {
            tasks.put(task.id(), task);
            changes.task(task);
        }
        return changes;
    }

    /** Whether a task with this id is active here. */
    public boolean has(String taskId) {
        return tasks.containsKey(taskId);
    }

    /** Stops a task: no more slots, and each of its open runs is canceled (measuring ones interrupted). */
    public Changes cancel(String taskId, String reason, Instant now) {
        var changes = new Changes();
        var task = tasks.remove(taskId);
        if (task == null) {
            return changes;
        }
        changes.task(task.ended(TaskState.CANCELED, reason));
        for (Run run : openRunsOf(taskId)) {
            if (run.state() == RunState.RUNNING || run.state() == RunState.OVERDUE) {
                changes.interrupt(run.id());
            }
            if (run.state() != RunState.CLEANUP) {
                end(run, RunState.CANCELED, now, "canceled: " + reason, changes);
            }
        }
        return changes;
    }

    /** The decisions due at {@code now}: new slots, missed and overdue runs, pre-emptions and starts. */
    public Changes tick(Instant now) {
        var changes = new Changes();
        createDueSlots(now, changes);
        settleOverdue(now, changes);
        settleMissed(now, changes);
        startDue(now, changes);
        return changes;
    }

    /**
     * The executor is about to run the tool: the run is running. Empty changes when the run was
     * pre-empted or canceled while it waited on deck: then the tool must not run.
     */
    public Changes started(String runId, Instant now) {
        var changes = new Changes();
        var run = runs.get(runId);
        if (run != null && run.state() == RunState.ON_DECK) {
            var running = run.to(RunState.RUNNING, now, null);
            runs.put(runId, running);
            changes.run(running);
        }
        return changes;
    }

    /**
     * The tool returned: the run goes through cleanup to finished (figures) or failed (a failure, or
     * the run was overdue). Empty when the run had already ended (pre-empted, canceled, failed as
     * overdue): its result is dropped.
     */
    public Changes ended(String runId, MeasurementResult result, Instant now) {
        var changes = new Changes();
        var run = runs.get(runId);
        if (run == null || !(run.state() == RunState.RUNNING || run.state() == RunState.OVERDUE)) {
            return changes;
        }
        var cleanup = run.to(RunState.CLEANUP, now, null);
        if (run.state() == RunState.OVERDUE) {
            end(cleanup, RunState.FAILED, now, overdueReason(run), changes);
        } else if (result instanceof MeasurementFailure failure) {
            end(cleanup, RunState.FAILED, now, failure.code() + ": " + failure.reason(), changes);
        } else {
            end(cleanup, RunState.FINISHED, now, null, changes);
        }
        completeOneOff(run.taskId(), changes);
        return changes;
    }

    /** Open runs, by slot. */
    public List<Run> openRuns() {
        return runs.values().stream().sorted(Comparator.comparing(Run::slot).thenComparing(Run::id)).toList();
    }

    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    private void createDueSlots(Instant now, Changes changes) {
        int created = 0;
        for (Task task : List.copyOf(tasks.values())) {
            Task current = task;
            while (created < MAX_SLOTS_PER_TICK && current.nextSlot() != null && !current.nextSlot().isAfter(now)
                    && openRunsOf(current.id()).stream().noneMatch(run -> run.state() == RunState.PENDING)) {
                var run = newRun(current, current.nextSlot());
                current = current.advanced();
                changes.run(run);
                created++;
                if (run.latestStart().isBefore(now)) {
                    end(run, RunState.MISSED, now, "the slot passed while the agent was not running", changes);
                } else {
                    runs.put(run.id(), run);
                }
            }
            if (current != task) {
                tasks.put(current.id(), current);
                changes.task(current);
                completeOneOff(current.id(), changes);
            }
        }
    }

    private void settleOverdue(Instant now, Changes changes) {
        for (Run run : List.copyOf(runs.values())) {
            if (run.state() == RunState.RUNNING && now.isAfter(deadline(run))) {
                var overdue = run.to(RunState.OVERDUE, now, null);
                runs.put(run.id(), overdue);
                changes.run(overdue);
                changes.interrupt(run.id());
            } else if (run.state() == RunState.OVERDUE && now.isAfter(deadline(run).plus(grace))) {
                end(run, RunState.FAILED, now, overdueReason(run) + "; the tool did not stop when interrupted", changes);
                completeOneOff(run.taskId(), changes);
            }
        }
    }

    private void settleMissed(Instant now, Changes changes) {
        for (Run run : List.copyOf(runs.values())) {
            if (run.state() == RunState.PENDING && now.isAfter(run.latestStart())) {
                String holders = active().stream().filter(run::conflictsWith).map(Run::id).toList().toString();
                end(run, RunState.MISSED, now, "could not start within the slip window; endpoint " + run.endpoint()
                        + " was held by " + holders, changes);
                completeOneOff(run.taskId(), changes);
            }
        }
    }

    private void startDue(Instant now, Changes changes) {
        var due = runs.values().stream()
                .filter(run -> run.state() == RunState.PENDING && !run.slot().isAfter(now))
                .sorted(Comparator.comparing(Run::priority).reversed().thenComparing(Run::slot).thenComparing(Run::id))
                .toList();
        for (Run run : due) {
            var holders = active().stream().filter(run::conflictsWith).toList();
            if (holders.stream().allMatch(holder -> run.priority().above(holder.priority()))) {
                for (Run holder : holders) {
                    if (holder.state() != RunState.ON_DECK) {
                        changes.interrupt(holder.id());
                    }
                    end(holder, RunState.PREEMPTED, now, "pre-empted by " + run.priority().name().toLowerCase()
                            + " run " + run.id(), changes);
                    completeOneOff(holder.taskId(), changes);
                }
                var onDeck = run.to(RunState.ON_DECK, now, null);
                runs.put(run.id(), onDeck);
                changes.run(onDeck);
                changes.start(onDeck);
            }
        }
    }

    /** A one-off task is done once its run has ended. */
    private void completeOneOff(String taskId, Changes changes) {
        var task = tasks.get(taskId);
        if (task != null && task.nextSlot() == null && openRunsOf(taskId).isEmpty()) {
            tasks.remove(taskId);
            changes.task(task.ended(TaskState.DONE, null));
        }
    }

    private List<Run> active() {
        return runs.values().stream().filter(run -> run.state().active()).toList();
    }

    private List<Run> openRunsOf(String taskId) {
        return runs.values().stream().filter(run -> run.taskId().equals(taskId)).toList();
    }

    private void end(Run run, RunState state, Instant now, String reason, Changes changes) {
        runs.remove(run.id());
        changes.run(run.to(state, now, reason));
    }

    private Instant deadline(Run run) {
        return run.startedAt().plus(run.bound()).plus(grace);
    }

    private static String overdueReason(Run run) {
        return "overdue: the run outlasted its bound of " + run.bound();
    }

    private Run newRun(Task task, Instant slot) {
        MeasurementSpec spec = task.spec();
        boolean exclusive = spec instanceof ThroughputSpec || task.priority() == Priority.ACTIVATION;
        return new Run(runIds.get(), task.id(), spec.tool(), endpointOf(spec), task.priority(), exclusive, slot,
                slot.plus(task.slip()), spec.bound(), RunState.PENDING, null, null, null);
    }

    /** The host a spec measures: tests of one host share its access link, whatever the port. */
    static String endpointOf(MeasurementSpec spec) {
        if (spec instanceof StampSpec stamp) {
            return stamp.target().host();
        }
        if (spec instanceof ThroughputSpec throughput) {
            return throughput.server().host();
        }
        return ((HttpTimingSpec) spec).url().getHost();
    }
}
