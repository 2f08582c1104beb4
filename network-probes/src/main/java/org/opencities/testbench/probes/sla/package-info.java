/** SLA evaluation: active services, their pilots' acceptance criteria, and quality alarms raised and cleared from a window of results. */
package org.opencities.testbench.probes.sla;
