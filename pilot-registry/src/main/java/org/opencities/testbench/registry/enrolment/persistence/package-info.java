/** Testers, their contact data (kept apart), enrolments and consents given, stored with JDBC. */
package org.opencities.testbench.registry.enrolment.persistence;
