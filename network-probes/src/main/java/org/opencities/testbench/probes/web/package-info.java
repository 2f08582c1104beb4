/** The probes' web foundation: error mapping, security rules and shared response shapes. */
package org.opencities.testbench.probes.web;
