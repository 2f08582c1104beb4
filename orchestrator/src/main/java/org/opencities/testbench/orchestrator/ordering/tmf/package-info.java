/** TMF641 Service Ordering v4 over HTTP: orders, their cancellation and the hub of listeners. */
package org.opencities.testbench.orchestrator.ordering.tmf;
