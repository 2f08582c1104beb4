/** The QoE/QoS view of a pilot over HTTP. */
package org.opencities.testbench.feedback.qos.web;
