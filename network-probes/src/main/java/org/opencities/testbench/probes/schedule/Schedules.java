package org.opencities.testbench.probes.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The agents' tasks and runs as stored, so that a restarted agent continues where it stopped. */
public interface Schedules {

    /** Stores every task and run the changes name, in their latest form, as the agent's. */
    void save(String agentId, Changes changes);

    /** Keeps a finished or failed run's result, as the JSON published with it. */
    void saveResult(String runId, String resultJson);

    List<Task> activeTasks(String agentId);

    /** Stores a refused assignment as a {@link TaskState#REFUSED} task with its {@code nonstart} run. */
    void saveRefusal(String agentId, Refusal refusal, Run run);

    /** An accepted task whatever its state; a refused assignment has no spec and is not one. */
    Optional<Task> task(String taskId);

    /** Whether an assignment with this id was seen before, accepted or refused. */
    boolean known(String taskId);

    /** The agent's runs that have not reached a terminal state. */
    List<Run> openRuns(String agentId);

    /** Tasks, newest first slot first, {@code limit} of them from {@code offset}; a null filter matches all. */
    List<StoredTask> tasks(TaskState state, int offset, int limit);

    long countTasks(TaskState state);

    /** Runs, latest slot first, {@code limit} of them from {@code offset}; null filters match all. */
    List<StoredRun> runs(String taskId, RunState state, int offset, int limit);

    long countRuns(String taskId, RunState state);

    /**
     * Deletes up to {@code max} ended runs (terminal states) whose slot is before {@code cutoff}, oldest
     * first; says how many it deleted. Open runs and the tasks stay.
     */
    int deleteEndedRunsBefore(Instant cutoff, int max);

    /**
     * A task as listed, read from its stored columns (a refused assignment has no spec to read).
     *
     * @param target the target measured, or the one a refused assignment named (null if none)
     * @param repeat null for a one-off task or a refused assignment
     */
    record StoredTask(String agentId, String id, String segmentId, String serviceId, String tool, String target,
            String repeat, String slip, Priority priority, TaskState state, Instant firstSlot, Instant nextSlot,
            String reason) {
    }

    /** A run with the agent it belongs to and, once it ended with one, its result as JSON. */
    record StoredRun(String agentId, Run run, String resultJson) {
    }
}
