/** The SME portal: an organisation's dashboard, its apps and the pilots it follows, as server-rendered pages. */
package org.opencities.testbench.registry.portal.web;
