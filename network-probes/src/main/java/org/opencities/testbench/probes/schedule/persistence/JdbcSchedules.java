package org.opencities.testbench.probes.schedule.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.probes.schedule.ActivationCriteria;
import org.opencities.testbench.probes.schedule.Changes;
import org.opencities.testbench.probes.schedule.Priority;
import org.opencities.testbench.probes.schedule.Refusal;
import org.opencities.testbench.probes.schedule.Run;
import org.opencities.testbench.probes.schedule.RunState;
import org.opencities.testbench.probes.schedule.Schedules;
import org.opencities.testbench.probes.schedule.Task;
import org.opencities.testbench.probes.schedule.TaskState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks and runs in plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run. One agent writes
 * its own rows, so a save is an update, then an insert when no row was updated. Times are kept to
 * the microsecond, the finest both databases store.
 */
@Repository
class JdbcSchedules implements Schedules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String agentId, Changes changes) {
        changes.tasks().forEach(task -> saveTask(agentId, task));
        changes.runs().forEach(run -> saveRun(agentId, run));
    }

    @Override
    public void saveRefusal(String agentId, Refusal refusal, Run run) {
        jdbc.sql("""
                INSERT INTO probes.probe_task (id, agent_id, segment_id, service_id, tool, target, slip, priority, first_slot,
                    state, reason)
                VALUES (:id, :agent, :segment, :service, :tool, :target, :slip, :priority, :at, :state, :reason)""")
                .param("id", refusal.assignmentId())
                .param("agent", agentId)
                .param("segment", refusal.segmentId())
                .param("service", refusal.serviceId())
                .param("tool", refusal.tool())
                .param("target", refusal.target())
                .param("slip", Duration.ZERO.toString())
                .param("priority", refusal.priority().name())
                .param("at", stored(refusal.at()))
                .param("state", TaskState.REFUSED.name())
                .param("reason", refusal.reason())
                .update();
        saveRun(agentId, run);
    }

    private void saveTask(String agentId, Task task) {
        int updated = jdbc.sql("UPDATE probes.probe_task SET next_slot = :nextSlot, state = :state, reason = :reason WHERE id = :id")
                .param("id", task.id())
                .param("nextSlot", stored(task.nextSlot()))
                .param("state", task.state().name())
                .param("reason", task.reason())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO probes.probe_task (id, agent_id, segment_id, service_id, tool, target, spec, repeat_every,
                        slip, priority, criteria, first_slot, next_slot, state, reason)
                    VALUES (:id, :agent, :segment, :service, :tool, :target, :spec, :repeat, :slip, :priority, :criteria,
                        :firstSlot, :nextSlot, :state, :reason)""")
                    .param("id", task.id())
                    .param("agent", agentId)
                    .param("segment", task.segmentId())
                    .param("service", task.serviceId())
                    .param("tool", task.spec().tool())
                    .param("target", task.spec().address())
                    .param("spec", SpecJson.write(task.spec()))
                    .param("repeat", task.repeat() == null ? null : task.repeat().toString())
                    .param("slip", task.slip().toString())
                    .param("priority", task.priority().name())
                    .param("criteria", task.criteria() == null ? null : JSON.writeValueAsString(task.criteria()))
                    .param("firstSlot", stored(task.firstSlot()))
                    .param("nextSlot", stored(task.nextSlot()))
                    .param("state", task.state().name())
                    .param("reason", task.reason())
                    .update();
        }
    }

    private void saveRun(String agentId, Run run) {
        int updated = jdbc.sql("""
                UPDATE probes.probe_run SET state = :state, started_at = :startedAt, ended_at = :endedAt, reason = :reason
                WHERE id = :id""")
                .param("id", run.id())
                .param("state", run.state().name())
                .param("startedAt", stored(run.startedAt()))
                .param("endedAt", stored(run.endedAt()))
                .param("reason", run.reason())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO probes.probe_run (id, task_id, agent_id, tool, endpoint, priority, exclusive_endpoint, slot,
                        latest_start, bound_millis, state, started_at, ended_at, reason)
                    VALUES (:id, :task, :agent, :tool, :endpoint, :priority, :exclusive, :slot, :latestStart, :bound,
                        :state, :startedAt, :endedAt, :reason)""")
                    .param("id", run.id())
                    .param("task", run.taskId())
                    .param("agent", agentId)
                    .param("tool", run.tool())
                    .param("endpoint", run.endpoint())
                    .param("priority", run.priority().name())
                    .param("exclusive", run.exclusive())
                    .param("slot", stored(run.slot()))
                    .param("latestStart", stored(run.latestStart()))
                    .param("bound", run.bound().toMillis())
                    .param("state", run.state().name())
                    .param("startedAt", stored(run.startedAt()))
                    .param("endedAt", stored(run.endedAt()))
                    .param("reason", run.reason())
                    .update();
        }
    }

    @Override
    public void saveResult(String runId, String resultJson) {
        jdbc.sql("UPDATE probes.probe_run SET result = :result WHERE id = :id")
                .param("id", runId)
                .param("result", resultJson)
                .update();
    }

    @Override
    public List<Task> activeTasks(String agentId) {
        return jdbc.sql("SELECT * FROM probes.probe_task WHERE agent_id = :agent AND state = 'ACTIVE' ORDER BY first_slot, id")
                .param("agent", agentId)
                .query((rs, n) -> task(rs))
                .list();
    }

    @Override
    public Optional<Task> task(String taskId) {
        return jdbc.sql("SELECT * FROM probes.probe_task WHERE id = :id AND state <> 'REFUSED'").param("id", taskId)
                .query((rs, n) -> task(rs)).optional();
    }

    @Override
    public boolean known(String taskId) {
        return jdbc.sql("SELECT COUNT(*) FROM probes.probe_task WHERE id = :id").param("id", taskId)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<Run> openRuns(String agentId) {
        return jdbc.sql("""
                SELECT * FROM probes.probe_run WHERE agent_id = :agent
                AND state IN ('PENDING', 'ON_DECK', 'RUNNING', 'OVERDUE', 'CLEANUP') ORDER BY slot, id""")
                .param("agent", agentId)
                .query((rs, n) -> run(rs))
                .list();
    }

    @Override
    public List<StoredTask> tasks(TaskState state, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM probes.probe_task WHERE (CAST(:state AS VARCHAR(20)) IS NULL OR state = :state)
                ORDER BY first_slot DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("state", state == null ? null : state.name())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> storedTask(rs))
                .list();
    }

    @Override
    public long countTasks(TaskState state) {
        return jdbc.sql("SELECT COUNT(*) FROM probes.probe_task WHERE (CAST(:state AS VARCHAR(20)) IS NULL OR state = :state)")
                .param("state", state == null ? null : state.name())
                .query(Long.class).single();
    }

    @Override
    public List<StoredRun> runs(String taskId, RunState state, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM probes.probe_run
                WHERE (CAST(:task AS VARCHAR(100)) IS NULL OR task_id = :task) AND (CAST(:state AS VARCHAR(20)) IS NULL OR state = :state)
                ORDER BY slot DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("task", taskId)
                .param("state", state == null ? null : state.name())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new StoredRun(rs.getString("agent_id"), run(rs), rs.getString("result")))
                .list();
    }

    @Override
    public long countRuns(String taskId, RunState state) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM probes.probe_run
                WHERE (CAST(:task AS VARCHAR(100)) IS NULL OR task_id = :task) AND (CAST(:state AS VARCHAR(20)) IS NULL OR state = :state)""")
                .param("task", taskId)
                .param("state", state == null ? null : state.name())
                .query(Long.class).single();
    }

    @Override
    public int deleteEndedRunsBefore(Instant cutoff, int max) {
        return jdbc.sql("""
                DELETE FROM probes.probe_run WHERE id IN (
                    SELECT id FROM probes.probe_run
                    WHERE slot < :cutoff AND state IN ('FINISHED', 'FAILED', 'MISSED', 'PREEMPTED', 'NONSTART', 'CANCELED')
                    ORDER BY slot FETCH FIRST :max ROWS ONLY)""")
                .param("cutoff", stored(cutoff))
                .param("max", max)
                .update();
    }

    private static Task task(ResultSet rs) throws SQLException {
        String tool = rs.getString("tool");
        var spec = SpecJson.read(tool, SpecJson.targetOf(tool, rs.getString("target")), rs.getString("spec"));
        String repeat = rs.getString("repeat_every");
        String criteria = rs.getString("criteria");
        return new Task(rs.getString("id"), rs.getString("segment_id"), rs.getString("service_id"), spec,
                repeat == null ? null : Duration.parse(repeat), Duration.parse(rs.getString("slip")),
                Priority.valueOf(rs.getString("priority")),
                criteria == null ? null : JSON.readValue(criteria, ActivationCriteria.class),
                instant(rs, "first_slot"), instant(rs, "next_slot"), TaskState.valueOf(rs.getString("state")),
                rs.getString("reason"));
    }

    private static StoredTask storedTask(ResultSet rs) throws SQLException {
        return new StoredTask(rs.getString("agent_id"), rs.getString("id"), rs.getString("segment_id"),
                rs.getString("service_id"), rs.getString("tool"), rs.getString("target"), rs.getString("repeat_every"),
                rs.getString("slip"), Priority.valueOf(rs.getString("priority")), TaskState.valueOf(rs.getString("state")),
                instant(rs, "first_slot"), instant(rs, "next_slot"), rs.getString("reason"));
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getString("id"), rs.getString("task_id"), rs.getString("tool"), rs.getString("endpoint"),
                Priority.valueOf(rs.getString("priority")), rs.getBoolean("exclusive_endpoint"), instant(rs, "slot"),
                instant(rs, "latest_start"), Duration.ofMillis(rs.getLong("bound_millis")),
                RunState.valueOf(rs.getString("state")), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getString("reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime stored(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
