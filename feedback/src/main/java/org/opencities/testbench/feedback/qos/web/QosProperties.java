package org.opencities.testbench.feedback.qos.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the QoE/QoS view ({@code testbench.feedback.qoe-qos.*}).
 *
 * @param window measurements that ended this long before or after an answer are joined with it
 * @param minimumAnswers below this many answers a correlation or band reports "too few answers"
 */
@ConfigurationProperties("testbench.feedback.qoe-qos")
public record QosProperties(@DefaultValue("PT30M") Duration window, @DefaultValue("5") int minimumAnswers) {
}
