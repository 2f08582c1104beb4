package org.opencities.testbench.probes.sla.messaging;

import java.time.Clock;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.history.Measurements;
import org.opencities.testbench.probes.sla.SlaEvaluator;
import org.opencities.testbench.probes.sla.SlaMonitor;
import org.opencities.testbench.probes.sla.SlaServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA monitor with the window from {@code testbench.probes.sla.window} and the fewest results it
 * needs from {@code testbench.probes.sla.window-results}.
 */
@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

    @Bean
    SlaMonitor slaMonitor(SlaServices services, Measurements history, ProbesProperties properties) {
        var sla = properties.sla();
        return new SlaMonitor(services, history, new SlaEvaluator(sla.window(), sla.windowResults()), Clock.systemUTC());
    }
}
