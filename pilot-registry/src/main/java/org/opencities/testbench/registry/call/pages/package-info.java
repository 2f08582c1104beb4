/** The open calls' web pages: the public call list, the SME's application form and the lab manager's jury and award pages. */
package org.opencities.testbench.registry.call.pages;
