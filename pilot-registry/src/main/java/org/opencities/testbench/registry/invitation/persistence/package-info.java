/** Invitation batches and the hashes of their tokens, stored with JDBC. */
package org.opencities.testbench.registry.invitation.persistence;
