/** The measurement history over HTTP: {@code /api/v1/measurements}. */
package org.opencities.testbench.probes.history.web;
