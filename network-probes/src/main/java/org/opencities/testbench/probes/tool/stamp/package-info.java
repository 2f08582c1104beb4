/** STAMP (RFC 8762) unauthenticated Session-Sender and stateless Session-Reflector over UDP. */
package org.opencities.testbench.probes.tool.stamp;
