/** REST resources for organisations and who may see or change them. */
package org.opencities.testbench.registry.organisation.web;
