package org.opencities.testbench.orchestrator.driver.simulated;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan.Operation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For demos and tests against a running process (ADMIN only): the simulated OLT's faults and what
 * it has configured.
 */
@RestController
@RequestMapping("/api/v1/drivers/simulated")
@ConditionalOnProperty(name = "testbench.orchestrator.driver.type", havingValue = "simulated", matchIfMissing = true)
class SimulatedDriverController {

    private final FaultInjector faults;
    private final SimulatedOltDriver olt;

    SimulatedDriverController(FaultInjector faults, SimulatedOltDriver olt) {
        this.faults = faults;
        this.olt = olt;
    }

    /** The faults as a client sets them; absent fields mean none. */
    record FaultsRequest(@Min(0) Long latencyMs, @Min(0) Integer failNthCall, @Min(0) @Max(100) Integer failPercent,
            Long seed, Boolean hang, Boolean transientFailures, Set<Operation> operations) {

        FaultPlan plan() {
            return new FaultPlan(Duration.ofMillis(latencyMs == null ? 0 : latencyMs), failNthCall == null ? 0 : failNthCall,
                    failPercent == null ? 0 : failPercent, seed == null ? 0 : seed, Boolean.TRUE.equals(hang),
                    !Boolean.FALSE.equals(transientFailures), operations);
        }
    }

    /** The faults in force. */
    record FaultsResponse(long latencyMs, int failNthCall, int failPercent, long seed, boolean hang,
            boolean transientFailures, Set<Operation> operations) {

        static FaultsResponse of(FaultPlan plan) {
            return new FaultsResponse(plan.latency().toMillis(), plan.failNthCall(), plan.failPercent(), plan.seed(),
                    plan.hang(), plan.transientFailures(), plan.operations());
        }
    }

    @GetMapping("/faults")
    FaultsResponse faults() {
        return FaultsResponse.of(faults.plan());
    }

    @PutMapping("/faults")
    FaultsResponse replace(@Valid @RequestBody FaultsRequest request) {
        faults.replace(request.plan());
        return FaultsResponse.of(faults.plan());
    }

    @DeleteMapping("/faults")
    FaultsResponse clear() {
        faults.replace(FaultPlan.none());
        return FaultsResponse.of(faults.plan());
    }

    @GetMapping("/services")
    List<ConfiguredService> services() {
        return olt.configured();
    }
}
