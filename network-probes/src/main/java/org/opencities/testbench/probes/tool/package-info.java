/** Which tool measures a spec: one interface for every tool family, and the failures they share. */
package org.opencities.testbench.probes.tool;
