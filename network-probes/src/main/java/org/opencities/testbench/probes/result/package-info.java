/** What a measurement run produced: a figure set per tool family, or a failure with a stable code and reason. */
package org.opencities.testbench.probes.result;
