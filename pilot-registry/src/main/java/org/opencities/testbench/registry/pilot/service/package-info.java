/** Moves pilots through their lifecycle, storing the change, its audit row and its event in one transaction. */
package org.opencities.testbench.registry.pilot.service;
