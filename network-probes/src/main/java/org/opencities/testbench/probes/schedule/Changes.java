package org.opencities.testbench.probes.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one decision of the {@link Timetable} changed: runs and tasks to store (each in its latest
 * form), runs now on deck for the executor to start, and runs whose measurement must be interrupted.
 */
public final class Changes {

    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final List<Run> toStart = new ArrayList<>();
    private final List<String> toInterrupt = new ArrayList<>();

    void run(Run run) {
        runs.put(run.id(), run);
    }

    void task(Task task) {
        tasks.put(task.id(), task);
    }

    void start(Run run) {
        toStart.add(run);
    }

    void interrupt(String runId) {
        toInterrupt.add(runId);
    }

    /** Changed runs in their latest state, in the order they first changed. */
    public List<Run> runs() {
        return List.copyOf(runs.values());
    }

    public List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    /** Runs moved on deck by this decision, to be started in this order. */
    public List<Run> toStart() {
        return List.copyOf(toStart);
    }

    /** Runs whose tool is measuring and must stop (pre-empted, canceled or overdue). */
    public List<String> toInterrupt() {
        return List.copyOf(toInterrupt);
    }

    public boolean isEmpty() {
        return runs.isEmpty() && tasks.isEmpty();
    }
}
