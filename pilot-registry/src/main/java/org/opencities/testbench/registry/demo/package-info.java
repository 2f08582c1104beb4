/** Seed data for the single-node demo: the cities of the network with their living labs, and a demo SME with one app. */
package org.opencities.testbench.registry.demo;
