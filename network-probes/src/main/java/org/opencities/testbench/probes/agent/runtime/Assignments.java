package org.opencities.testbench.probes.agent.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.schedule.ActivationCriteria;
import org.opencities.testbench.probes.schedule.Priority;
import org.opencities.testbench.probes.schedule.Refusal;
import org.opencities.testbench.probes.schedule.Task;
import org.opencities.testbench.probes.schedule.persistence.SpecJson;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.MeasurementSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the data of {@code measure.schedule}, {@code measure.activation} and {@code measure.cancel}
 * into tasks for the {@link AgentScheduler}. An assignment this agent cannot measure (unknown
 * tool, options out of range, no target for the segment) is refused: stored as a refused task
 * with a {@code nonstart} run and published as {@code measurement.failed} in state
 * {@code nonstart}. One without an assignment id or segment is malformed and goes back to the
 * broker, which moves it to the dead-letter queue.
 */
@Component
@ConditionalOnBooleanProperty("testbench.probes.agent.enabled")
class Assignments {

    private static final Logger log = LoggerFactory.getLogger(Assignments.class);
    /** An activation STAMP run: 100 packets 10 ms apart, expedited forwarding is not assumed. */
    private static final Duration DEFAULT_SLIP = Duration.ofMinutes(1);
    private static final String ACTIVATION_SPEC = "{\"count\":100,\"intervalMs\":10}";

    private final AgentScheduler scheduler;
    private final AgentTargets targets;
    private final ProbesProperties.Agent settings;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    Assignments(AgentScheduler scheduler, AgentTargets targets, ProbesProperties properties, JsonMapper json) {
        this.scheduler = scheduler;
        this.targets = targets;
        this.settings = properties.agent();
        this.json = json;
    }

    void schedule(String data) {
        var assignment = json.readTree(data);
        String tool = assignment.path("tool").asString("stamp");
        var task = task(assignment, tool, assignment.path("spec"), Priority.ROUTINE, null, repeat -> repeat);
        task.ifPresent(scheduler::assign);
    }

    void activation(String data) {
        var assignment = json.readTree(data);
        var options = assignment.has("spec") ? assignment.get("spec") : json.readTree(ACTIVATION_SPEC);
        var criteria = assignment.path("criteria");
        var limits = criteria.isMissingNode() ? null : new ActivationCriteria(number(criteria, "maxLatencyMs"),
                number(criteria, "maxJitterMs"), number(criteria, "maxLossRatio"));
        task(assignment, "stamp", options, Priority.ACTIVATION, limits, repeat -> null).ifPresent(scheduler::assign);
    }

    void cancel(String data) {
        var assignment = json.readTree(data);
        String id = required(assignment, "assignmentId");
        scheduler.cancel(id, assignment.path("reason").asString("canceled by the orchestrator"));
    }

    private Optional<Task> task(JsonNode assignment, String tool, JsonNode options, Priority priority,
            ActivationCriteria criteria, java.util.function.UnaryOperator<Duration> repeatOf) {
        String id = required(assignment, "assignmentId");
        String segment = required(assignment, "segmentId");
        String service = assignment.path("serviceId").asString(null);
        String assignedTarget = assignment.path("target").asString(null);
        try {
            Duration repeat = repeatOf.apply(priority == Priority.ROUTINE ? Duration.parse(required(assignment, "repeat")) : null);
            Duration slip = slip(assignment, priority, repeat);
            Optional<Endpoint> target = "throughput".equals(tool) ? targets.throughput(segment, assignedTarget)
                    : targets.stamp(segment, assignedTarget);
            if (!"http".equals(tool) && target.isEmpty()) {
                scheduler.refuse(new Refusal(id, segment, service, tool, assignedTarget, priority, clock.instant(),
                        "agent " + settings.id() + " knows no probe host for segment " + segment
                                + " and the assignment names no target"));
                return Optional.empty();
            }
            MeasurementSpec spec = SpecJson.read(tool, target.orElse(null), options);
            return Optional.of(Task.of(id, segment, service, spec, repeat, slip, priority, criteria, clock.instant()));
        } catch (RuntimeException invalid) {
            scheduler.refuse(new Refusal(id, segment, service, tool, assignedTarget, priority, clock.instant(),
                    "invalid assignment: " + invalid.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The assignment's slip, or a minute (at most the repeat) for a routine task and the activation
     * slip for an activation test. A slip is never shorter than two ticks: the scheduler decides once
     * per tick, so a shorter window could pass between two decisions and the run would be missed.
     */
    private Duration slip(JsonNode assignment, Priority priority, Duration repeat) {
        Duration slip;
        if (assignment.has("slip")) {
            slip = Duration.parse(assignment.get("slip").asString());
        } else if (priority == Priority.ROUTINE) {
            slip = repeat == null || repeat.compareTo(DEFAULT_SLIP) > 0 ? DEFAULT_SLIP : repeat;
        } else {
            slip = settings.activationSlip();
        }
        Duration floor = settings.tick().multipliedBy(2);
        return slip.compareTo(floor) < 0 ? floor : slip;
    }

    private static Double number(JsonNode node, String field) {
        return node.has(field) && node.get(field).isNumber() ? node.get(field).asDouble() : null;
    }

    private static String required(JsonNode assignment, String field) {
        String value = assignment.path(field).asString(null);
        if (value == null || value.isBlank()) {
            log.warn("Assignment without {}: {}", field, assignment);
            throw new IllegalArgumentException("an assignment needs " + field);
        }
        return value;
    }
}
