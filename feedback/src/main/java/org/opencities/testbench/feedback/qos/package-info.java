/** QoE/QoS: network measurements per segment, joined with testers' scores around the time of each answer, with rank correlations. */
package org.opencities.testbench.feedback.qos;
