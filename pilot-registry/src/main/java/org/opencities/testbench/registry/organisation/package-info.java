/** Organisations (SMEs and other applicants) that register apps for pilots, with their EU VAT ids. */
package org.opencities.testbench.registry.organisation;
