/** The measurement history in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
package org.opencities.testbench.probes.history.persistence;
