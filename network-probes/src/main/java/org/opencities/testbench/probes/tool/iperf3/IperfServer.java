package org.opencities.testbench.probes.tool.iperf3;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.opencities.testbench.probes.result.MeasurementResult;

/**
 * An iperf3-compatible TCP server for stock {@code iperf3 -c} clients and our {@link IperfClient}.
 * Unlike stock iperf3 it accepts many clients: tests run one at a time on this endpoint, and a
 * client that arrives during a test waits in a queue (bounded; beyond it, ACCESS_DENIED) instead
 * of being refused. Each finished test is handed to the result listener.
 */
public final class IperfServer implements AutoCloseable {

    private static final int MAX_HANDSHAKES = 32;

    private final ServerSocket listener;
    private final IperfServerLimits limits;
    private final Consumer<MeasurementResult> results;
    private final BlockingQueue<ServedTest> queue;
    private final ThreadPoolExecutor handshakes;
    private final Thread acceptor;
    private final Thread runner;
    private final AtomicLong served = new AtomicLong();
    private volatile ServedTest running;

    private IperfServer(ServerSocket listener, IperfServerLimits limits, Consumer<MeasurementResult> results) {
        this.listener = listener;
        this.limits = limits;
        this.results = results;
        this.queue = new LinkedBlockingQueue<>(Math.max(1, limits.maxQueued()));
        this.handshakes = new ThreadPoolExecutor(0, MAX_HANDSHAKES, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> daemon(task, "iperf3-handshake"));
        this.acceptor = daemon(this::accept, "iperf3-accept-" + port());
        this.runner = daemon(this::runTests, "iperf3-tests-" + port());
    }

    /** Listens on {@code address} (port 0 picks a free one) and serves until closed. */
    public static IperfServer start(InetSocketAddress address, IperfServerLimits limits,
            Consumer<MeasurementResult> results) throws IOException {
        var listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(address, 128);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        var server = new IperfServer(listener, limits, results);
        server.acceptor.start();
        server.runner.start();
        return server;
    }

    /** The bound port. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Tests finished so far, with figures or with a failure. */
    public long served() {
        return served.get();
    }

    /** Clients waiting for their turn now. */
    public int waiting() {
        return queue.size();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                var socket = listener.accept();
                try {
                    handshakes.execute(() -> handshake(socket));
                } catch (RejectedExecutionException e) {
                    socket.close();
                }
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void handshake(Socket socket) {
        try {
            byte[] cookie = ControlChannel.readCookie(socket, limits.setupTimeout());
            var current = running;
            if (current != null && current.owns(cookie)) {
                current.offerStream(socket);
                return;
            }
            var test = new ServedTest(socket, cookie, limits);
            if (limits.maxQueued() == 0 && running != null || !queue.offer(test)) {
                test.refuse();
            }
        } catch (IOException | RuntimeException e) {
            Quietly.close(socket);
        }
    }

    private void runTests() {
        while (!listener.isClosed()) {
            try {
                var test = queue.take();
                running = test;
                var result = test.run();
                running = null;
                served.incrementAndGet();
                results.accept(result);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                running = null;
            }
        }
    }

    /** Stops accepting, ends the running test and drops the queue. */
    @Override
    public void close() throws IOException {
        listener.close();
        runner.interrupt();
        var current = running;
        if (current != null) {
            current.abort();
        }
        handshakes.shutdownNow();
        queue.forEach(ServedTest::refuse);
        try {
            runner.join(2_000);
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
