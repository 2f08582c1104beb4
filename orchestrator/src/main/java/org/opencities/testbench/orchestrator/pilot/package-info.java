/** Pilots of the registry become service orders: accepted pilots add services, ended pilots delete them. */
package org.opencities.testbench.orchestrator.pilot;
