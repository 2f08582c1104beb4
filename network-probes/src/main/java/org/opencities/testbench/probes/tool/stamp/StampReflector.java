package org.opencities.testbench.probes.tool.stamp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.opencities.testbench.probes.result.ErrorEstimate;

/**
 * A stateless STAMP Session-Reflector (RFC 8762 section 4.3): answers every test packet of 44 octets
 * or more, from any number of senders, with a reflector packet of the same length that copies the
 * sender's sequence number. Shorter datagrams are counted and dropped; nothing a sender sends stops it.
 * The JDK cannot read the received IP TTL, so the Sender TTL field carries 255, the TTL a TWAMP-Light
 * sender is asked to use (RFC 5357 section 4.1.2).
 */
public final class StampReflector implements AutoCloseable {

    /** The Sender TTL written into every reply. */
    static final int SENDER_TTL = 255;
    /** Room for bursts from many senders; the kernel caps it at net.core.rmem_max. */
    private static final int RECEIVE_BUFFER = 1 << 20;

    private final DatagramChannel channel;
    private final Clock clock;
    private final ErrorEstimate errorEstimate;
    private final Thread worker;
    private final AtomicLong reflected = new AtomicLong();
    private final AtomicLong discarded = new AtomicLong();

    private StampReflector(DatagramChannel channel, Clock clock, ErrorEstimate errorEstimate) {
        this.channel = channel;
        this.clock = clock;
        this.errorEstimate = errorEstimate;
        this.worker = new Thread(this::serve, "stamp-reflector-" + port());
        this.worker.setDaemon(true);
    }

    /** Binds {@code address} (port 0 picks a free one) and starts answering on a daemon thread. */
    public static StampReflector start(InetSocketAddress address, Clock clock, ErrorEstimate errorEstimate)
            throws IOException {
        var channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            channel.bind(address);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        var reflector = new StampReflector(channel, clock, errorEstimate);
        reflector.worker.start();
        return reflector;
    }

    /** A reflector on {@code address} with the system UTC clock, claiming no synchronisation. */
    public static StampReflector start(InetSocketAddress address) throws IOException {
        return start(address, Clock.systemUTC(), StampSender.UNSYNCHRONISED);
    }

    /** The bound port. */
    public int port() {
        return ((InetSocketAddress) channel.socket().getLocalSocketAddress()).getPort();
    }

    /** Test packets answered so far. */
    public long reflected() {
        return reflected.get();
    }

    /** Datagrams dropped so far: too short, or the reply could not be sent. */
    public long discarded() {
        return discarded.get();
    }

    /** Whether the reflector still answers. */
    public boolean running() {
        return worker.isAlive();
    }

    private void serve() {
        // Direct buffers: the JDK would otherwise copy every datagram through a temporary one.
        var in = ByteBuffer.allocateDirect(65_536);
        var out = ByteBuffer.allocateDirect(65_536);
        while (channel.isOpen()) {
            try {
                in.clear();
                SocketAddress sender = channel.receive(in);
                long receiveTimestamp = NtpTimestamp.of(clock.instant());
                in.flip();
                reflect(in, out, sender, receiveTimestamp);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                discarded.incrementAndGet();
            }
        }
    }

    private void reflect(ByteBuffer in, ByteBuffer out, SocketAddress sender, long receiveTimestamp)
            throws IOException {
        var packet = StampPackets.readSender(in);
        if (packet == null || sender == null) {
            discarded.incrementAndGet();
            return;
        }
        StampPackets.writeReflector(out, in.remaining(), packet, receiveTimestamp, NtpTimestamp.of(clock.instant()),
                errorEstimate, SENDER_TTL);
        channel.send(out, sender);
        reflected.incrementAndGet();
    }

    /** Stops answering and releases the port. */
    @Override
    public void close() throws IOException {
        channel.close();
        try {
            worker.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
