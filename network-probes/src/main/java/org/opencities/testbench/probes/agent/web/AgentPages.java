package org.opencities.testbench.probes.agent.web;

import org.opencities.testbench.probes.agent.ProbeAgents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The operators' page: registered probe agents and when each was last heard from. */
@Controller
class AgentPages {

    private static final int SHOWN = 100;

    private final ProbeAgents agents;

    AgentPages(ProbeAgents agents) {
        this.agents = agents;
    }

    @GetMapping("/probes/agents")
    String agents(Model model) {
        model.addAttribute("agents", agents.page(0, SHOWN));
        model.addAttribute("total", agents.count());
        return "probes/agents";
    }
}
