package org.opencities.testbench.orchestrator.probing.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code testbench.orchestrator.probing.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProbingProperties.class)
class ProbingConfiguration {
}
