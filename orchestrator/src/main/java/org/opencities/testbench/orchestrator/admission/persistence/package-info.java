/** The capacity ledger in the orchestrator's schema: committed sums on the segment rows and one reservation row per service. */
package org.opencities.testbench.orchestrator.admission.persistence;
