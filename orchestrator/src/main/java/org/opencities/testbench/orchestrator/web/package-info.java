/** The orchestrator's web foundation: error mapping, security rules and shared response shapes. */
package org.opencities.testbench.orchestrator.web;
