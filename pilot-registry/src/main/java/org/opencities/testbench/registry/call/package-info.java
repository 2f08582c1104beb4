/** Open calls: competitions a living lab runs whose prize is a pilot, with their rules and lifecycle. */
package org.opencities.testbench.registry.call;
