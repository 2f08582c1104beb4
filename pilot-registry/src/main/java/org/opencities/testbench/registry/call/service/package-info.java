/** The use cases of open calls: drafting and moving calls, applying, judging and awarding pilots. */
package org.opencities.testbench.registry.call.service;
