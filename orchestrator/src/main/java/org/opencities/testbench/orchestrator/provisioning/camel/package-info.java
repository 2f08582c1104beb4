/** The provisioning saga's Camel routes over Artemis, their shared error handling, the resume sweep and the metrics. */
package org.opencities.testbench.orchestrator.provisioning.camel;
