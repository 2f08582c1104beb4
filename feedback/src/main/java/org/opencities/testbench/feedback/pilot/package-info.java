/** The pilots feedback knows from the registry's events, with their cities and dates. */
package org.opencities.testbench.feedback.pilot;
