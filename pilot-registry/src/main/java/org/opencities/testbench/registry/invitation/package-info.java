/** Invitations: single-use links a lab hands out to recruit testers for a pilot. */
package org.opencities.testbench.registry.invitation;
