/** The command-line entry: runs one tool and prints one JSON result, or serves as reflector or throughput server. */
package org.opencities.testbench.probes.cli;
