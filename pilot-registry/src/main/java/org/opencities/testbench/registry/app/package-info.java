/** Apps that organisations bring to pilots, with the network they need to work as promised. */
package org.opencities.testbench.registry.app;
