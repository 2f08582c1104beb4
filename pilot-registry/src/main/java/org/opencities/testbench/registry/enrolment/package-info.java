/** Enrolment: a tester joins a pilot from an invitation under a pseudonym, with the consents given. */
package org.opencities.testbench.registry.enrolment;
