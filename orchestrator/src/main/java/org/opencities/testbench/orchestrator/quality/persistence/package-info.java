/** Service quality in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
package org.opencities.testbench.orchestrator.quality.persistence;
