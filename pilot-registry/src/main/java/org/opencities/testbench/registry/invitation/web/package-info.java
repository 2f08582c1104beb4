/** The invitations' REST API for the labs of a pilot's cities. */
package org.opencities.testbench.registry.invitation.web;
