/** Follows quality alarms on the alarms address. */
package org.opencities.testbench.orchestrator.quality.messaging;
