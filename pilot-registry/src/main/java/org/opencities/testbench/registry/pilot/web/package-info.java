/** The pilots' REST API and who may see and change which pilot. */
package org.opencities.testbench.registry.pilot.web;
