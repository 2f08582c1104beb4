/** The open calls' REST API, who may see and change which call, application and score. */
package org.opencities.testbench.registry.call.web;
