/** How bandwidth profiles are kept in table columns, shared by the tables that store a demand. */
package org.opencities.testbench.orchestrator.admission.persistence;
