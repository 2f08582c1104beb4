package org.opencities.testbench.probes.agent.web;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.agent.ProbeAgents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The operators' page: registered probe agents, when each was last heard from and which are stale. */
@Controller
class AgentPages {

    private static final int SHOWN = 100;

    private final ProbeAgents agents;
    private final Duration staleAfter;

    AgentPages(ProbeAgents agents, ProbesProperties properties) {
        this.agents = agents;
        this.staleAfter = properties.agents().staleAfter();
    }

    @GetMapping("/probes/agents")
    String agents(Model model) {
        var shown = agents.page(0, SHOWN);
        var now = Instant.now();
        model.addAttribute("agents", shown);
        model.addAttribute("stale", shown.stream().filter(agent -> agent.stale(now, staleAfter))
                .map(agent -> agent.id().value()).collect(Collectors.toSet()));
        model.addAttribute("total", agents.count());
        return "probes/agents";
    }
}
