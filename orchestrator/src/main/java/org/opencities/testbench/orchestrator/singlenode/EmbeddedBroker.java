package org.opencities.testbench.orchestrator.singlenode;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that configures the embedded Artemis broker: the test bench's addresses, the
 * dead-letter and expiry queues, and how often a message is delivered before it is given up on.
 * Redelivery is the broker's alone; consumers roll back and never retry by themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrokerTopology.class)
class EmbeddedBroker {

    @Bean
    ArtemisConfigurationCustomizer testbenchBrokerTopology(BrokerTopology topology) {
        return configuration -> {
            configuration.addAddressSetting("testbench.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(BrokerTopology.DEAD_LETTERS))
                    .setExpiryAddress(SimpleString.of(BrokerTopology.EXPIRED))
                    .setMaxDeliveryAttempts(topology.maxDeliveryAttempts())
                    .setRedeliveryDelay(topology.redeliveryDelay().toMillis())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(topology.maxRedeliveryDelay().toMillis())
                    .setExpiryDelay(topology.expiry().isZero() ? -1L : topology.expiry().toMillis()));
            configuration.addAddressConfiguration(queue(BrokerTopology.DEAD_LETTERS));
            configuration.addAddressConfiguration(queue(BrokerTopology.EXPIRED));
            topology.anycast().forEach(name -> configuration.addAddressConfiguration(queue(name)));
            topology.multicast().forEach(name -> configuration.addAddressConfiguration(
                    new CoreAddressConfiguration().setName(name).addRoutingType(RoutingType.MULTICAST)));
        };
    }

    private static CoreAddressConfiguration queue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfig(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
    }
}
