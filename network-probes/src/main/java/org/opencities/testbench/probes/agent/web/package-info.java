/** REST resources and operator pages for probe agents. */
package org.opencities.testbench.probes.agent.web;
