package org.opencities.testbench.probes.agent.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.probes.agent.AgentAddress;
import org.opencities.testbench.probes.agent.AgentId;
import org.opencities.testbench.probes.agent.ProbeAgent;

/** What an agent says about itself when it registers, or registers again after a change. */
record RegisterAgentRequest(
        @NotBlank @Size(max = ProbeAgent.SEGMENT_MAX) String segment,
        @NotNull @Pattern(regexp = AgentAddress.PATTERN,
                message = "must be host:port with a literal IP address (IPv6 in brackets) or a host name "
                        + "and a port from 1 to 65535") String address,
        @NotBlank @Size(max = ProbeAgent.VERSION_MAX) String version) {

    ProbeAgent toAgent(AgentId id, Instant now) {
        return ProbeAgent.registered(id, segment, address, version, now);
    }
}
