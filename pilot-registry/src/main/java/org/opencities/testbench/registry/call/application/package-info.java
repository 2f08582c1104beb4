/** Applications of organisations' apps to open calls, and the rules an application must meet. */
package org.opencities.testbench.registry.call.application;
