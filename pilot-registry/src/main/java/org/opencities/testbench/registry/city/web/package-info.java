/** REST resources and pages for cities and living labs. */
package org.opencities.testbench.registry.city.web;
