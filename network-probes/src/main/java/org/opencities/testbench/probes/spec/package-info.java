/** What to measure: one self-validating record per tool family, bounded in time and bytes. */
package org.opencities.testbench.probes.spec;
