/** Service quality in the TMF638 service inventory's answers. */
package org.opencities.testbench.orchestrator.quality.web;
