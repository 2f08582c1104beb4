package org.opencities.testbench.probes.result;

/** Why a run produced no figures; the names are stable and travel in events and CLI output. */
public enum FailureCode {
    /** The spec could not be run as given. */
    INVALID_SPEC,
    /** The target's name did not resolve. */
    DNS_FAILURE,
    /** Nothing listens on the target port (TCP reset or ICMP port unreachable). */
    REFUSED,
    /** No route to the target, or the network is down. */
    UNREACHABLE,
    /** A phase did not finish within the spec's bound. */
    TIMEOUT,
    /** A STAMP session got no valid reply at all. */
    NO_REPLY,
    /** The server runs another test and refused this one (iperf3 ACCESS_DENIED). */
    BUSY,
    /** The server reported an error (iperf3 SERVER_ERROR) or broke off the test. */
    SERVER_ERROR,
    /** The peer answered something the protocol does not allow. */
    PROTOCOL_ERROR,
    /** The TLS handshake failed (untrusted certificate, no common cipher, ...). */
    TLS_FAILURE,
    /** Another input/output error, named in the reason. */
    IO_ERROR,
    /** The run was interrupted before it finished. */
    INTERRUPTED
}
