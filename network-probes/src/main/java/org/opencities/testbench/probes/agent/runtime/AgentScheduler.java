package org.opencities.testbench.probes.agent.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.schedule.Changes;
import org.opencities.testbench.probes.schedule.Refusal;
import org.opencities.testbench.probes.schedule.Run;
import org.opencities.testbench.probes.schedule.RunState;
import org.opencities.testbench.probes.schedule.Schedules;
import org.opencities.testbench.probes.schedule.Task;
import org.opencities.testbench.probes.schedule.Timetable;
import org.opencities.testbench.probes.tool.ProbeTools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs this agent's {@link Timetable}: a tick thread asks it for decisions every
 * {@code testbench.probes.agent.tick}, a pool of runner threads measures, and every change is stored
 * in one transaction with the events of the runs it ended — so a run's outcome and its
 * {@code measurement.completed} or {@code measurement.failed} commit together through the outbox.
 * Calls into the timetable are serialised on this object.
 */
@Component
@ConditionalOnBooleanProperty("testbench.probes.agent.enabled")
class AgentScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AgentScheduler.class);

    private final ProbesProperties.Agent settings;
    private final Schedules schedules;
    private final ProbeTools tools;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();
    private final Timetable timetable;
    private final Map<String, Future<?>> measuring = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService runners;

    AgentScheduler(ProbesProperties properties, Schedules schedules, ProbeTools tools, TransactionTemplate transactions,
            ApplicationEventPublisher events, JsonMapper json) {
        this.settings = properties.agent();
        this.schedules = schedules;
        this.tools = tools;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
        this.timetable = new Timetable(settings.grace(), () -> "run-" + UUID.randomUUID());
    }

    @Override
    public synchronized void start() {
        apply(timetable.restore(schedules.activeTasks(settings.id()), schedules.openRuns(settings.id()), now()), Map.of());
        runners = Executors.newFixedThreadPool(settings.maxConcurrentRuns(), named("probe-run"));
        ticker = Executors.newSingleThreadScheduledExecutor(named("probe-agent-tick"));
        ticker.scheduleWithFixedDelay(this::tick, 0, settings.tick().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Probe agent {} scheduling; {} tasks restored", settings.id(), schedules.activeTasks(settings.id()).size());
    }

    @Override
    public void stop() {
        ExecutorService stoppingTicker;
        ExecutorService stoppingRunners;
        synchronized (this) {
            stoppingTicker = ticker;
            stoppingRunners = runners;
            ticker = null;
            runners = null;
        }
        if (stoppingTicker != null) {
            stoppingTicker.shutdownNow();
            // Runs end within their bound; interrupting one while it stores its outcome could break
            // a file database's channel, so they get the grace before they are interrupted.
            stoppingRunners.shutdown();
            try {
                if (!stoppingRunners.awaitTermination(settings.grace().toMillis(), TimeUnit.MILLISECONDS)) {
                    stoppingRunners.shutdownNow();
                }
            } catch (InterruptedException e) {
                stoppingRunners.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticker != null;
    }

    /** Adds an assigned task; an assignment id seen before (even of an ended or refused task) changes nothing. */
    synchronized void assign(Task task) {
        if (!schedules.known(task.id())) {
            apply(timetable.add(task), Map.of());
        }
    }

    synchronized void cancel(String taskId, String reason) {
        apply(timetable.cancel(taskId, reason, now()), Map.of());
    }

    /**
     * Stores an assignment that makes no run at all as a refused task with its {@code nonstart} run and
     * publishes that run's outcome in the same transaction, so that it leaves no silent gap. An
     * assignment id seen before changes nothing, as in {@link #assign(Task)}.
     */
    synchronized void refuse(Refusal refusal) {
        if (schedules.known(refusal.assignmentId())) {
            log.warn("Assignment {} refused but known already; nothing changes: {}", refusal.assignmentId(),
                    refusal.reason());
            return;
        }
        var run = refusal.run("run-" + UUID.randomUUID());
        transactions.executeWithoutResult(status -> {
            schedules.saveRefusal(settings.id(), refusal, run);
            events.publishEvent(new MeasurementFailed(eventId(run.id()), run.id(), refusal.assignmentId(), settings.id(),
                    refusal.segmentId(), refusal.serviceId(), run.tool(), run.slot(), run.endedAt(), run.state().label(),
                    run.reason()));
        });
        log.warn("Assignment {} refused: {}", refusal.assignmentId(), refusal.reason());
    }

    private void tick() {
        try {
            synchronized (this) {
                apply(timetable.tick(now()), Map.of());
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a tick thread that died would leave every later slot unhandled.
            log.error("Probe agent {} could not apply its schedule; trying again at the next tick", settings.id(), e);
        }
    }

    private void apply(Changes changes, Map<String, MeasurementResult> results) {
        if (changes.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            schedules.save(settings.id(), changes);
            changes.runs().stream().filter(run -> run.state().terminal())
                    .forEach(run -> publishOutcome(run, taskOf(run, changes), results.get(run.id())));
        });
        changes.toInterrupt().forEach(runId -> {
            var future = measuring.remove(runId);
            if (future != null) {
                future.cancel(true);
            }
        });
        changes.toStart().forEach(this::launch);
    }

    private void launch(Run run) {
        var task = timetable.task(run.taskId()).orElseThrow();
        measuring.put(run.id(), runners.submit(() -> measure(run, task)));
    }

    private void measure(Run onDeck, Task task) {
        synchronized (this) {
            var started = timetable.started(onDeck.id(), now());
            if (started.isEmpty()) {
                return;
            }
            apply(started, Map.of());
        }
        MeasurementResult result = tools.measure(task.spec());
        synchronized (this) {
            // An interrupt (pre-empted, canceled, overdue) was meant for the tool, not for storing the outcome.
            Thread.interrupted();
            measuring.remove(onDeck.id());
            apply(timetable.ended(onDeck.id(), result, now()), Map.of(onDeck.id(), result));
        }
    }

    private Task taskOf(Run run, Changes changes) {
        return changes.tasks().stream().filter(task -> task.id().equals(run.taskId())).findFirst()
                .or(() -> timetable.task(run.taskId()))
                .or(() -> schedules.task(run.taskId()))
                .orElseThrow(() -> new IllegalStateException("run " + run.id() + " names unknown task " + run.taskId()));
    }

    private void publishOutcome(Run run, Task task, MeasurementResult result) {
        Instant startedAt = run.startedAt() == null ? run.slot() : run.startedAt();
        if (run.state() == RunState.FINISHED) {
            var figures = ResultJson.of(result, task.criteria());
            schedules.saveResult(run.id(), json.writeValueAsString(figures));
            events.publishEvent(new MeasurementCompleted(eventId(run.id()), run.id(), task.id(), settings.id(),
                    task.segmentId(), task.serviceId(), run.tool(), startedAt, run.endedAt(), figures));
            return;
        }
        if (result instanceof MeasurementFailure failure) {
            var figures = new HashMap<String, Object>();
            figures.put("code", failure.code().name());
            figures.put("reason", failure.reason());
            schedules.saveResult(run.id(), json.writeValueAsString(figures));
        }
        events.publishEvent(new MeasurementFailed(eventId(run.id()), run.id(), task.id(), settings.id(), task.segmentId(),
                task.serviceId(), run.tool(), startedAt, run.endedAt(), run.state().label(), run.reason()));
    }

    /** One event id per run, so that an outcome published twice is recognised by every consumer. */
    private static UUID eventId(String runId) {
        return UUID.nameUUIDFromBytes(("measurement:" + runId).getBytes(UTF_8));
    }

    private Instant now() {
        return clock.instant();
    }

    private static ThreadFactory named(String prefix) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
