package org.opencities.testbench.probes.agent.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.agent.AgentId;
import org.opencities.testbench.probes.agent.AgentNotFound;
import org.opencities.testbench.probes.agent.ProbeAgent;
import org.opencities.testbench.probes.agent.ProbeAgents;
import org.opencities.testbench.probes.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/probes/agents")
@Tag(name = "Probe agents", description = "Registration and heartbeats of the measurement endpoints")
class AgentController {

    private final ProbeAgents agents;
    private final Duration staleAfter;

    AgentController(ProbeAgents agents, ProbesProperties properties) {
        this.agents = agents;
        this.staleAfter = properties.agents().staleAfter();
    }

    private AgentResponse response(ProbeAgent agent) {
        return AgentResponse.of(agent, Instant.now(), staleAfter);
    }

    @GetMapping
    @Operation(summary = "List probe agents ordered by id", description = "stale: no heartbeat within the stale-after period")
    ResponseEntity<PageResponse<AgentResponse>> list(@RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var items = agents.page(offset, limit).stream().map(this::response).toList();
        return new PageResponse<>(items, offset, limit, agents.count()).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One probe agent")
    AgentResponse get(@PathVariable String id) {
        var agentId = new AgentId(id);
        return agents.find(agentId).map(this::response).orElseThrow(() -> new AgentNotFound(agentId));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Register a probe agent, or update its segment, address and version",
            description = "201 when the agent is new, 200 when it was registered before")
    ResponseEntity<AgentResponse> register(@PathVariable String id, @Valid @RequestBody RegisterAgentRequest request) {
        var agentId = new AgentId(id);
        boolean created = agents.register(request.toAgent(agentId, Instant.now()));
        var agent = agents.find(agentId).map(this::response).orElseThrow(() -> new AgentNotFound(agentId));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(agent);
    }

    @PostMapping("/{id}/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the agent is alive")
    void heartbeat(@PathVariable String id) {
        var agentId = new AgentId(id);
        if (!agents.heartbeat(agentId, Instant.now())) {
            throw new AgentNotFound(agentId);
        }
    }
}
