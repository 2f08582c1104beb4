package org.opencities.testbench.probes.agent.runtime;

import org.opencities.testbench.probes.tool.ProbeTools;
import org.opencities.testbench.probes.tool.http.HttpTimer;
import org.opencities.testbench.probes.tool.iperf3.IperfClient;
import org.opencities.testbench.probes.tool.stamp.StampSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The measurement tools of an agent, with their defaults (system clock, the JDK's trusted CAs). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("testbench.probes.agent.enabled")
class AgentRuntime {

    @Bean
    ProbeTools probeTools() {
        return new ProbeTools(new StampSender(), new IperfClient(), new HttpTimer());
    }
}
