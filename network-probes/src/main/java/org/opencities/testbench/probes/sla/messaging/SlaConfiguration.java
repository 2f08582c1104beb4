package org.opencities.testbench.probes.sla.messaging;

import java.time.Clock;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.history.Measurements;
import org.opencities.testbench.probes.sla.SlaEvaluator;
import org.opencities.testbench.probes.sla.SlaMonitor;
import org.opencities.testbench.probes.sla.SlaServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SLA monitor with the window size from {@code testbench.probes.sla.window-results}. */
@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

    @Bean
    SlaMonitor slaMonitor(SlaServices services, Measurements history, ProbesProperties properties) {
        return new SlaMonitor(services, history, new SlaEvaluator(properties.sla().windowResults()), Clock.systemUTC());
    }
}
