/** REST resources and pages for registering SME accounts, confirming them, and the outbox's developer page. */
package org.opencities.testbench.registry.account.web;
