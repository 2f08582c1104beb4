package org.opencities.testbench.orchestrator.provisioning.camel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the saga's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvisioningProperties.class)
class ProvisioningConfiguration {
}
