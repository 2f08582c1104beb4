/** HTTP timing of a URL phase by phase (DNS, connect, TLS, first byte, total) over plain JDK sockets. */
package org.opencities.testbench.probes.tool.http;
