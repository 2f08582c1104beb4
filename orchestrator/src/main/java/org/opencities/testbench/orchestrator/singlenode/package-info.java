/** The single-node assembly: every module in one JVM with an embedded broker, H2 and demo data. */
package org.opencities.testbench.orchestrator.singlenode;
