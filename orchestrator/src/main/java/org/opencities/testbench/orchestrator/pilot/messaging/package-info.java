/** Pilot events and order requests from the broker, turned into service orders. */
package org.opencities.testbench.orchestrator.pilot.messaging;
