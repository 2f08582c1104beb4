/** Consent texts stored with JDBC: one row per version, one per translation. */
package org.opencities.testbench.registry.consent.persistence;
