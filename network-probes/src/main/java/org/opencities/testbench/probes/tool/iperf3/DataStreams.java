package org.opencities.testbench.probes.tool.iperf3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data connections of one test, each driven by its own thread that either writes blocks until
 * told to stop or reads until the peer closes, counting the bytes.
 */
final class DataStreams implements AutoCloseable {

    private static final long JOIN_MILLIS = 2_000;

    private final List<Socket> sockets;
    private final List<AtomicLong> counters = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean sending = true;

    private DataStreams(List<Socket> sockets) {
        this.sockets = List.copyOf(sockets);
    }

    /** Starts writing {@code blockSize}-byte blocks on every socket. */
    static DataStreams send(List<Socket> sockets, int blockSize) {
        var streams = new DataStreams(sockets);
        streams.start(socket -> streams.writeBlocks(socket, blockSize));
        return streams;
    }

    /** Starts reading every socket until it closes. */
    static DataStreams receive(List<Socket> sockets) {
        var streams = new DataStreams(sockets);
        streams.start(streams::readAll);
        return streams;
    }

    /** iperf3's stream ids: 1 for the first stream, then 3, 4, 5 ... (its own numbering quirk). */
    static int streamId(int index) {
        return index == 0 ? 1 : index + 2;
    }

    int size() {
        return sockets.size();
    }

    /** Bytes moved so far on each stream. */
    long[] bytes() {
        return counters.stream().mapToLong(AtomicLong::get).toArray();
    }

    /** Writers finish their current block and stop; readers go on draining. */
    void stopSending() {
        sending = false;
    }

    private interface Pump {
        void run(Socket socket) throws IOException;
    }

    private void start(Pump pump) {
        for (int i = 0; i < sockets.size(); i++) {
            var socket = sockets.get(i);
            counters.add(new AtomicLong());
            var thread = new Thread(() -> {
                try {
                    pump.run(socket);
                } catch (IOException e) {
                    // The peer closed the stream or the test is over: either way this stream is done.
                }
            }, "iperf3-stream-" + streamId(i));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void writeBlocks(Socket socket, int blockSize) throws IOException {
        AtomicLong counter = counters.get(sockets.indexOf(socket));
        byte[] block = new byte[blockSize];
        OutputStream out = socket.getOutputStream();
        while (sending) {
            out.write(block);
            counter.addAndGet(blockSize);
        }
    }

    private void readAll(Socket socket) throws IOException {
        AtomicLong counter = counters.get(sockets.indexOf(socket));
        socket.setSoTimeout(0);
        byte[] buffer = new byte[1 << 17];
        InputStream in = socket.getInputStream();
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            counter.addAndGet(read);
        }
    }

    @Override
    public void close() {
        sending = false;
        sockets.forEach(Quietly::close);
        for (var thread : threads) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
