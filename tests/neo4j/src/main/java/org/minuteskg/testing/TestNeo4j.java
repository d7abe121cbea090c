package org.minuteskg.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A throwaway Neo4j 5 server for the test suite.
 *
 * <p>Usage: {@code java -cp ... org.minuteskg.testing.TestNeo4j URI_FILE}. Starts Neo4j in this
 * process with Bolt on a free loopback port, no HTTP and no authentication, writes
 * {@code bolt://127.0.0.1:PORT} to URI_FILE once Bolt answers a handshake, and runs until the
 * process is stopped (SIGTERM shuts the database down cleanly and removes URI_FILE). With
 * {@code -Dminuteskg.watchPid=PID} it also stops when process PID ends, so that a test run killed
 * before it could stop the server leaves no server behind.
 *
 * <p>By default the data lives in a temporary folder deleted at shutdown. With
 * {@code -Dminuteskg.dataDir=DIR -Dminuteskg.port=PORT} the data lives in DIR and is kept, so that a
 * server stopped and started again on the same DIR and PORT finds its data and its clients find it.
 * With {@code -Dminuteskg.lockTimeoutMs=MS} a transaction waiting longer than MS for a lock fails
 * with a transient error (LockAcquisitionTimeout), which clients are expected to retry.
 */
public final class TestNeo4j {

    private static final byte[] BOLT_HANDSHAKE = {
        0x60, 0x60, (byte) 0xB0, 0x17, // Bolt magic preamble
        0x00, 0x00, 0x04, 0x04, // 4.4
        0x00, 0x00, 0x00, 0x05, // 5.0
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00
    };

    private TestNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TestNeo4j URI_FILE");
            System.exit(2);
        }
        Path uriFile = Path.of(args[0]).toAbsolutePath();
        String dataDir = System.getProperty("minuteskg.dataDir", "").strip();
        int port = Integer.parseInt(System.getProperty("minuteskg.port", "0").strip());
        Server server = dataDir.isEmpty() ? throwaway(port) : kept(Path.of(dataDir), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, uriFile, stopped)));
        stopWithWatchedProcess();
        URI bolt = URI.create("bolt://127.0.0.1:" + server.port());
        awaitBolt(bolt, 30_000);
        publish(uriFile, bolt.toString());
        System.out.println("Neo4j ready at " + bolt);
        stopped.await();
    }

    /** A running server: how to shut it down, and its Bolt port. */
    private record Server(AutoCloseable shutdown, int port) {}

    private static Map<Setting<?>, Object> config(int port) {
        Map<Setting<?>, Object> config = new LinkedHashMap<>();
        // Loopback only, ephemeral port by default: the suite must not collide with another server or expose one.
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(GraphDatabaseSettings.routing_enabled, false);
        config.put(GraphDatabaseSettings.auth_enabled, false);
        // As in docker-compose.yml: a runaway analyst query fails instead of eating the heap.
        config.put(GraphDatabaseSettings.memory_transaction_max_size, 512L * 1024 * 1024);
        // As in docker-compose.yml: a transaction that asks for no time limit of its own stops at
        // this one (analyst queries ask for their own, shorter one, through the driver).
        config.put(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60));
        // Netty waits a quiet period of several seconds per event loop group on shutdown;
        // a throwaway server has no clients left to drain by then.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        String lockTimeoutMs = System.getProperty("minuteskg.lockTimeoutMs", "").strip();
        if (!lockTimeoutMs.isEmpty()) {
            config.put(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofMillis(Long.parseLong(lockTimeoutMs)));
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    private static Server throwaway(int port) {
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer();
        for (Map.Entry<Setting<?>, Object> entry : config(port).entrySet()) {
            builder = builder.withConfig((Setting<Object>) entry.getKey(), entry.getValue());
        }
        Neo4j neo4j = builder.build();
        return new Server(neo4j::close, neo4j.boltURI().getPort());
    }

    /** An embedded server whose data stays in {@code home}; the port must be fixed to be found again. */
    private static Server kept(Path home, int port) {
        if (port == 0) {
            throw new IllegalArgumentException("a kept data directory needs a fixed port: set -Dminuteskg.port");
        }
        DatabaseManagementService dbms =
                new DatabaseManagementServiceBuilder(home.toAbsolutePath()).setConfig(config(port)).build();
        return new Server(dbms::shutdown, port);
    }

    private static void stopWithWatchedProcess() {
        String watched = System.getProperty("minuteskg.watchPid", "");
        if (watched.isBlank()) {
            return;
        }
        // System.exit runs the shutdown hook, so the database still closes cleanly.
        ProcessHandle.of(Long.parseLong(watched.strip()))
                .ifPresentOrElse(
                        process -> process.onExit().thenRun(() -> System.exit(0)),
                        () -> System.exit(0));
    }

    private static void stop(Server server, Path uriFile, CountDownLatch stopped) {
        try {
            Files.deleteIfExists(uriFile);
        } catch (IOException e) {
            System.err.println("could not remove " + uriFile + ": " + e.getMessage());
        }
        try {
            server.shutdown().close();
        } catch (Exception e) {
            System.err.println("shutdown failed: " + e.getMessage());
        }
        stopped.countDown();
    }

    /** Waits until the server agrees on a Bolt version, so that readers of the file can connect. */
    private static void awaitBolt(URI bolt, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (boltAnswers(bolt)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Bolt at " + bolt + " did not answer within " + timeoutMs + " ms");
    }

    private static boolean boltAnswers(URI bolt) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(bolt.getHost(), bolt.getPort()), 1_000);
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write(BOLT_HANDSHAKE);
            out.flush();
            int version = new DataInputStream(socket.getInputStream()).readInt();
            return version != 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes then renames, so a reader never sees a half-written URI. */
    private static void publish(Path uriFile, String uri) throws IOException {
        Path parent = uriFile.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".neo4j-uri", ".tmp");
        Files.writeString(tmp, uri + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, uriFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
