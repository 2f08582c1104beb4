/** The registry as its own process for the distributed mode. */
package org.opencities.testbench.registry.standalone;
