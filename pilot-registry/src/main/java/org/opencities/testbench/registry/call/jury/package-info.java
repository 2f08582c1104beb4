/** The jury of an open call: jurors' scores, conflict-of-interest declarations and the ranking they yield. */
package org.opencities.testbench.registry.call.jury;
