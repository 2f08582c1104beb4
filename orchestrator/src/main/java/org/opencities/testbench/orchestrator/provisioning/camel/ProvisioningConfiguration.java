package org.opencities.testbench.orchestrator.provisioning.camel;

import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Binds the saga's settings, and the group commit its steps share with the order intake and the simulated OLT. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvisioningProperties.class)
class ProvisioningConfiguration {

    @Bean
    GroupCommit groupCommit(PlatformTransactionManager transactions, ProvisioningProperties properties, ProvisioningMetrics metrics) {
        return new GroupCommit(transactions, properties.groupCommit(), metrics::groupCommitted);
    }
}
