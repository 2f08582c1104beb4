/** Admission in the orchestrator's schema: the capacity ledger (committed sums on the segment rows, one reservation row per service) and how bandwidth profiles are kept in table columns. */
package org.opencities.testbench.orchestrator.admission.persistence;
