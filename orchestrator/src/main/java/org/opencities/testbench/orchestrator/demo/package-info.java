/** Seed data for the single-node demo: a GPON and an XGS-PON segment in each seed city. */
package org.opencities.testbench.orchestrator.demo;
