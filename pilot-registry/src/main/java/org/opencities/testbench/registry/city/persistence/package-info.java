/** Stores cities and living labs in the registry's schema. */
package org.opencities.testbench.registry.city.persistence;
