/** TMF638 Service Inventory v4 over HTTP: the services the orchestrator has provisioned. */
package org.opencities.testbench.orchestrator.serviceinventory.web;
