/** The standard feedback instruments (SUS, UEQ-S, NPS, MOS) and their published scoring rules. */
package org.opencities.testbench.feedback.instrument;
