/** Pilots and their transition audit stored with JDBC in the registry's schema. */
package org.opencities.testbench.registry.pilot.persistence;
