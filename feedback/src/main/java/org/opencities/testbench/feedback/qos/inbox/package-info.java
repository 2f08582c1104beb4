/** Reads {@code measurement.completed} into the figures the QoE/QoS view keeps. */
package org.opencities.testbench.feedback.qos.inbox;
