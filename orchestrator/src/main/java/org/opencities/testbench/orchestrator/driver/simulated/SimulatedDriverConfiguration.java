package org.opencities.testbench.orchestrator.driver.simulated;

import java.time.Duration;
import java.util.Set;

import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan.Operation;
import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The simulated driver, chosen with {@code testbench.orchestrator.driver.type=simulated} (the default),
 * with its latency and faults from {@code testbench.orchestrator.driver.simulated.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "testbench.orchestrator.driver.type", havingValue = "simulated", matchIfMissing = true)
@EnableConfigurationProperties(SimulatedDriverConfiguration.SimulatedDriverProperties.class)
class SimulatedDriverConfiguration {

    /**
     * Faults the simulated OLT starts with; see {@link FaultPlan} for each field.
     */
    @ConfigurationProperties("testbench.orchestrator.driver.simulated")
    record SimulatedDriverProperties(@DefaultValue("0ms") Duration latency, @DefaultValue("0") int failNthCall,
            @DefaultValue("0") int failPercent, @DefaultValue("42") long seed, @DefaultValue("false") boolean hang,
            @DefaultValue("true") boolean transientFailures, @DefaultValue("CONFIGURE") Set<Operation> operations) {

        FaultPlan plan() {
            return new FaultPlan(latency, failNthCall, failPercent, seed, hang, transientFailures, operations);
        }
    }

    @Bean
    FaultInjector simulatedOltFaults(SimulatedDriverProperties properties) {
        return new FaultInjector(properties.plan());
    }

    @Bean
    SimulatedOltDriver simulatedOltDriver(JdbcClient jdbc, GroupCommit transactions, FaultInjector simulatedOltFaults) {
        return new SimulatedOltDriver(jdbc, transactions, simulatedOltFaults);
    }
}
