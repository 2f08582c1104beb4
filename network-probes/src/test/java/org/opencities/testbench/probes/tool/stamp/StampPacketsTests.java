package org.opencities.testbench.probes.tool.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.ErrorEstimate;

class StampPacketsTests {

    private static final ErrorEstimate ONE_MILLISECOND = ErrorEstimate.atLeast(Duration.ofMillis(1), false);

    @Test
    void writesTheSenderPacketAtTheRfc8762Offsets() {
        var packet = StampPackets.writeSender(ByteBuffer.allocate(100), 44, 0xfffffffeL, 0x0102030405060708L,
                new ErrorEstimate(true, false, 22, 3));

        assertThat(packet.remaining()).isEqualTo(44);
        assertThat(Integer.toUnsignedLong(packet.getInt(0))).isEqualTo(0xfffffffeL);
        assertThat(packet.getLong(4)).isEqualTo(0x0102030405060708L);
        assertThat(Short.toUnsignedInt(packet.getShort(12))).isEqualTo(0x8000 | 22 << 8 | 3);
        for (int i = 14; i < 44; i++) {
            assertThat(packet.get(i)).as("MBZ octet %d", i).isZero();
        }
    }

    @Test
    void reflectsWithTheSenderFieldsCopiedAndTheSameLength() {
        var sender = new StampPackets.SenderPacket(7, 0x1111L, ONE_MILLISECOND);

        var reply = StampPackets.writeReflector(ByteBuffer.allocate(200), 144, sender, 0x2222L, 0x3333L,
                ONE_MILLISECOND, 255);

        assertThat(reply.remaining()).isEqualTo(144);
        assertThat(reply.getInt(0)).isEqualTo(7);
        assertThat(reply.getLong(4)).isEqualTo(0x3333L);
        assertThat(reply.getShort(14)).isZero();
        assertThat(reply.getLong(16)).isEqualTo(0x2222L);
        assertThat(reply.getInt(24)).isEqualTo(7);
        assertThat(reply.getLong(28)).isEqualTo(0x1111L);
        assertThat(Short.toUnsignedInt(reply.getShort(36))).isEqualTo(ONE_MILLISECOND.encode());
        assertThat(reply.getShort(38)).isZero();
        assertThat(Byte.toUnsignedInt(reply.get(40))).isEqualTo(255);
        assertThat(StampPackets.readReflector(reply)).isEqualTo(new StampPackets.ReflectorPacket(7, 0x3333L,
                ONE_MILLISECOND, 0x2222L, 7, 0x1111L, ONE_MILLISECOND, 255));
    }

    @Test
    void refusesDatagramsShorterThanTheBasePacket() {
        assertThat(StampPackets.readSender(ByteBuffer.allocate(43))).isNull();
        assertThat(StampPackets.readReflector(ByteBuffer.allocate(0))).isNull();
    }

    @Test
    void writesNtpTimestampsFrom1900WithABinaryFraction() {
        long stamp = NtpTimestamp.of(Instant.parse("1970-01-01T00:00:00.5Z"));

        assertThat(stamp >>> 32).isEqualTo(2_208_988_800L);
        assertThat(stamp & 0xffff_ffffL).isEqualTo(0x8000_0000L);
        assertThat(NtpTimestamp.toInstant(NtpTimestamp.of(Instant.parse("2026-11-23T17:00:00.123456789Z"))))
                .isBetween(Instant.parse("2026-11-23T17:00:00.123456788Z"), Instant.parse("2026-11-23T17:00:00.123456789Z"));
        assertThat(NtpTimestamp.nanosBetween(stamp, stamp + (1L << 31))).isEqualTo(500_000_000L);
    }
}
