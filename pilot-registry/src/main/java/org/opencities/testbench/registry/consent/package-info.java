/** Consent texts: what a tester agrees to, per purpose, in versions that never change once published. */
package org.opencities.testbench.registry.consent;
