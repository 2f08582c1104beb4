/** Service orders (TM Forum TMF641): items, their states and the order state derived from them. */
package org.opencities.testbench.orchestrator.ordering;
