/** TCP throughput in the iperf3 control protocol: a client for stock servers and a queueing server for stock clients. */
package org.opencities.testbench.probes.tool.iperf3;
