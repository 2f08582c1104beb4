/** Testers as feedback knows them from enrolment events: pseudonyms, attributes, consent records, token hashes. */
package org.opencities.testbench.feedback.tester;
