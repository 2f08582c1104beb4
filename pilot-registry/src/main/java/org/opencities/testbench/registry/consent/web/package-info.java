/** The consent texts' REST API: current versions for everyone, publishing for administrators. */
package org.opencities.testbench.registry.consent.web;
