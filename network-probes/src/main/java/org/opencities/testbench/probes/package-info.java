/** The network probes: agents on the access network that measure delay, jitter, loss and throughput. */
package org.opencities.testbench.probes;
