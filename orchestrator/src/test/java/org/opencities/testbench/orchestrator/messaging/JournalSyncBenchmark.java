package org.opencities.testbench.orchestrator.messaging;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Benchmark, not a test: how long one journal sync takes on this disk - a 4 KiB write into a
 * preallocated file followed by {@code fdatasync}, as the broker's NIO journal does per flush. A
 * standalone broker's {@code artemis create} measures the same and sets {@code journal-buffer-timeout}
 * to it; the embedded broker keeps the NIO default of 3.33 ms unless configured. Arguments: the
 * directory to test (the broker's data directory's disk) and the number of syncs.
 */
public final class JournalSyncBenchmark {

    private static final int BLOCK = 4096;

    private JournalSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : ".");
        int syncs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path file = Files.createTempFile(directory, "journal-sync", ".bin");
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(BLOCK * syncs), 0);
            channel.force(true);
            var block = ByteBuffer.allocateDirect(BLOCK);
            long start = System.nanoTime();
            for (int i = 0; i < syncs; i++) {
                block.clear();
                channel.write(block, (long) i * BLOCK);
                channel.force(false);
            }
            double perSync = (System.nanoTime() - start) / 1e6 / syncs;
            System.out.printf(Locale.ROOT, "%d syncs of a 4 KiB write: %.3f ms per sync, %.0f syncs/s%n", syncs, perSync, 1000 / perSync);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
