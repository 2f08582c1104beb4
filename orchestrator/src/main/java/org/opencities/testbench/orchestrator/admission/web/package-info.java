/** The feasibility endpoint: which segments of a city can take a pair of bandwidth profiles, and why the others cannot. */
package org.opencities.testbench.orchestrator.admission.web;
