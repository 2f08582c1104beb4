/** Cities of the living-lab network and the living labs they run. */
package org.opencities.testbench.registry.city;
