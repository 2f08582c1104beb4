/** The feedback module's web foundation: error mapping, security rules and shared response shapes. */
package org.opencities.testbench.feedback.web;
