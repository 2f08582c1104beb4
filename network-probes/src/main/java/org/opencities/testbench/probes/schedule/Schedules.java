package org.opencities.testbench.probes.schedule;

import java.util.List;

/** The agents' tasks and runs as stored, so that a restarted agent continues where it stopped. */
public interface Schedules {

    /** Stores every task and run the changes name, in their latest form, as the agent's. */
    void save(String agentId, Changes changes);

    /** Keeps a finished or failed run's result, as the JSON published with it. */
    void saveResult(String runId, String resultJson);

    List<Task> activeTasks(String agentId);

    /** A task whatever its state. */
    java.util.Optional<Task> task(String taskId);

    /** The agent's runs that have not reached a terminal state. */
    List<Run> openRuns(String agentId);

    /** Tasks, newest first slot first, {@code limit} of them from {@code offset}; a null filter matches all. */
    List<StoredTask> tasks(TaskState state, int offset, int limit);

    long countTasks(TaskState state);

    /** Runs, latest slot first, {@code limit} of them from {@code offset}; null filters match all. */
    List<StoredRun> runs(String taskId, RunState state, int offset, int limit);

    long countRuns(String taskId, RunState state);

    /** A task with the agent it belongs to. */
    record StoredTask(String agentId, Task task) {
    }

    /** A run with the agent it belongs to and, once it ended with one, its result as JSON. */
    record StoredRun(String agentId, Run run, String resultJson) {
    }
}
