package org.opencities.testbench.probes.tool.stamp;

import java.nio.ByteBuffer;
import org.opencities.testbench.probes.result.ErrorEstimate;

/**
 * The unauthenticated STAMP test packets (RFC 8762 section 4), 44 octets plus zero padding.
 * Sender: seq(4) timestamp(8) error estimate(2) MBZ(30). Reflector: seq(4) timestamp(8) error
 * estimate(2) MBZ(2) receive timestamp(8) sender seq(4) sender timestamp(8) sender error estimate(2)
 * MBZ(2) sender TTL(1) MBZ(3).
 */
final class StampPackets {

    /** Length of both packets without padding. */
    static final int BASE_LENGTH = 44;

    private StampPackets() {
    }

    /** A Session-Sender packet as received by a reflector. */
    record SenderPacket(long seq, long timestamp, ErrorEstimate errorEstimate) {
    }

    /** A Session-Reflector packet as received by a sender. */
    record ReflectorPacket(long seq, long timestamp, ErrorEstimate errorEstimate, long receiveTimestamp,
            long senderSeq, long senderTimestamp, ErrorEstimate senderErrorEstimate, int senderTtl) {
    }

    /** Writes a sender packet of {@code length} octets into {@code buffer}, from position 0. */
    static ByteBuffer writeSender(ByteBuffer buffer, int length, long seq, long timestamp, ErrorEstimate estimate) {
        zero(buffer, length);
        buffer.putInt(0, (int) seq).putLong(4, timestamp).putShort(12, (short) estimate.encode());
        return buffer;
    }

    /** Reads a sender packet, or null when the datagram is shorter than 44 octets. */
    static SenderPacket readSender(ByteBuffer datagram) {
        if (datagram.remaining() < BASE_LENGTH) {
            return null;
        }
        int at = datagram.position();
        return new SenderPacket(Integer.toUnsignedLong(datagram.getInt(at)), datagram.getLong(at + 4),
                ErrorEstimate.decode(Short.toUnsignedInt(datagram.getShort(at + 12))));
    }

    /** Writes the reflection of {@code received} ({@code length} octets) into {@code buffer}, from position 0. */
    static ByteBuffer writeReflector(ByteBuffer buffer, int length, SenderPacket received, long receiveTimestamp,
            long timestamp, ErrorEstimate estimate, int senderTtl) {
        zero(buffer, length);
        buffer.putInt(0, (int) received.seq()).putLong(4, timestamp).putShort(12, (short) estimate.encode())
                .putLong(16, receiveTimestamp).putInt(24, (int) received.seq()).putLong(28, received.timestamp())
                .putShort(36, (short) received.errorEstimate().encode()).put(40, (byte) senderTtl);
        return buffer;
    }

    /** Reads a reflector packet, or null when the datagram is shorter than 44 octets. */
    static ReflectorPacket readReflector(ByteBuffer datagram) {
        if (datagram.remaining() < BASE_LENGTH) {
            return null;
        }
        int at = datagram.position();
        return new ReflectorPacket(Integer.toUnsignedLong(datagram.getInt(at)), datagram.getLong(at + 4),
                ErrorEstimate.decode(Short.toUnsignedInt(datagram.getShort(at + 12))), datagram.getLong(at + 16),
                Integer.toUnsignedLong(datagram.getInt(at + 24)), datagram.getLong(at + 28),
                ErrorEstimate.decode(Short.toUnsignedInt(datagram.getShort(at + 36))),
                Byte.toUnsignedInt(datagram.get(at + 40)));
    }

    private static void zero(ByteBuffer buffer, int length) {
        buffer.clear();
        for (int i = 0; i < length; i++) {
            buffer.put(i, (byte) 0);
        }
        buffer.limit(length);
    }
}
