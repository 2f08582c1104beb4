/** Pilots: an SME's app tried out in one or more cities, and the lifecycle it moves through. */
package org.opencities.testbench.registry.pilot;
