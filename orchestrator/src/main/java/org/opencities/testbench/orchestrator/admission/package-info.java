/** Bandwidth profiles, T-CONT types and admission control: whether a segment can take a service without over-booking. */
package org.opencities.testbench.orchestrator.admission;
