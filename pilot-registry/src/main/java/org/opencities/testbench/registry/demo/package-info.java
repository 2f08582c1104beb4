/** Seed data for the single-node demo: the cities of the network with their living labs. */
package org.opencities.testbench.registry.demo;
