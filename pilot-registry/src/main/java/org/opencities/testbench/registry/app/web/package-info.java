/** REST resources for the apps of an organisation. */
package org.opencities.testbench.registry.app.web;
