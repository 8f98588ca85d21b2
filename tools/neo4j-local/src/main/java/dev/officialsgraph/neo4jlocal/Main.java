package dev.officialsgraph.neo4jlocal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.ResultTransformer;
import org.neo4j.logging.log4j.Log4jLogProvider;
import sun.misc.Signal;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector, until SIGTERM/SIGINT
 * (or stdin EOF with --exit-on-stdin-eof).
 *
 * <pre>
 * Main --port N --data-dir DIR [--host 127.0.0.1] [--page-cache 128m] [--exit-on-stdin-eof]
 * </pre>
 *
 * stdout carries exactly one line, once the default database is available:
 * {@code NEO4J_READY bolt://<host>:<port> <version> <edition>}.
 * A failure prints one {@code NEO4J_ERROR <message>} line to stderr and exits 1
 * (3 if the Bolt port is already in use). A signal or stdin EOF stops the DBMS cleanly
 * and exits 0. Neo4j's logs go to DIR/logs/ (debug.log, neo4j.log).
 */
public final class Main {
    static final int EXIT_FAILURE = 1;
    static final int EXIT_PORT_IN_USE = 3;
    static final long START_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    private static final CountDownLatch stopRequested = new CountDownLatch(1);
    private static DatabaseManagementService dbms;
    private static OutputStream userLog;

    private Main() {}

    record Options(String host, int port, Path dataDir, long pageCacheBytes, boolean exitOnStdinEof) {}

    public static void main(String[] args) {
        // Only the READY line may reach stdout: anything a library prints there goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        Options opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            fail(EXIT_FAILURE, e.getMessage());
            return;
        }

        // Installed before starting, so a SIGTERM/SIGINT during startup still ends in a clean shutdown
        // (after startup completes) instead of the JVM dying with the store open.
        Signal.handle(new Signal("TERM"), sig -> stopRequested.countDown());
        Signal.handle(new Signal("INT"), sig -> stopRequested.countDown());

        GraphDatabaseService db;
        String version;
        String edition;
        try {
            dbms = start(opts);
            db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(START_TIMEOUT_MS)) {
                throw new IllegalStateException("default database not available after " + START_TIMEOUT_MS + " ms");
            }
            String[] component = db.executeTransactionally(
                    "CALL dbms.components() YIELD name, versions, edition "
                            + "WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
                    Map.of(),
                    firstRow());
            version = component[0];
            edition = component[1].toLowerCase(Locale.ROOT);
        } catch (Throwable t) {
            stopQuietly();
            fail(isPortInUse(t) ? EXIT_PORT_IN_USE : EXIT_FAILURE, describe(t));
            return;
        }

        // Any other way the JVM exits (System.exit, SIGHUP, ...) still closes the store.
        Runtime.getRuntime().addShutdownHook(new Thread(Main::stopQuietly, "neo4j-local-shutdown"));
        if (opts.exitOnStdinEof()) {
            watchStdinForEof();
        }

        if (stopRequested.getCount() > 0) {
            stdout.println("NEO4J_READY bolt://" + hostForUri(opts.host()) + ":" + opts.port() + " " + version + " " + edition);
            stdout.flush();
        }

        awaitStop();
        boolean clean = stopQuietly();
        System.exit(clean ? 0 : EXIT_FAILURE);
    }

    static Options parse(String[] args) {
        String host = "127.0.0.1";
        Integer port = null;
        Path dataDir = null;
        String pageCache = "128m";
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                case "--host" -> host = value(args, ++i, arg);
                case "--page-cache" -> pageCache = value(args, ++i, arg);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port <int> is required");
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir <path> is required");
        }
        long pageCacheBytes;
        try {
            pageCacheBytes = SettingValueParsers.BYTES.parse(pageCache);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid --page-cache '" + pageCache + "' (use e.g. 128m, 1g)");
        }
        return new Options(host, port, dataDir, pageCacheBytes, exitOnStdinEof);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int port = Integer.parseInt(s);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException("invalid --port '" + s + "' (1-65535)");
    }

    private static DatabaseManagementService start(Options opts) throws IOException {
        Path home = opts.dataDir();
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        userLog = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);

        SocketAddress bolt = new SocketAddress(opts.host(), opts.port());
        return new DatabaseManagementServiceBuilder(home)
                // Bolt only, plain text, no auth.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, new SocketAddress(hostForUri(opts.host()), opts.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Small footprint for dev/test.
                .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, SettingValueParsers.BYTES.parse("16m"))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's Netty event loops otherwise idle 5 s before stopping, after the stores are
                // already closed; 0 makes a stop take well under a second. (Internal 5.26 setting.)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // Logs: debug.log goes to <home>/logs by default; the user log goes to <home>/logs/neo4j.log.
                .setConfig(GraphDatabaseSettings.logs_directory, logs)
                .setUserLogProvider(new Log4jLogProvider(userLog))
                .build();
    }

    /** Stops the DBMS once; returns false if shutdown threw. Safe to call from any thread, repeatedly. */
    private static synchronized boolean stopQuietly() {
        boolean ok = true;
        if (dbms != null) {
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                ok = false;
                System.err.println("NEO4J_ERROR shutdown failed: " + describe(t));
            }
            dbms = null;
        }
        if (userLog != null) {
            try {
                userLog.close();
            } catch (IOException ignored) {
                // nothing useful to do
            }
            userLog = null;
        }
        return ok;
    }

    private static void awaitStop() {
        while (true) {
            try {
                stopRequested.await();
                return;
            } catch (InterruptedException ignored) {
                // keep waiting: only a signal or stdin EOF stops us
            }
        }
    }

    private static void watchStdinForEof() {
        Thread t = new Thread(
                () -> {
                    byte[] buf = new byte[256];
                    try {
                        while (System.in.read(buf) != -1) {
                            // discard input; we only care about EOF
                        }
                    } catch (IOException ignored) {
                        // a broken stdin counts as EOF
                    }
                    stopRequested.countDown();
                },
                "neo4j-local-stdin-eof");
        t.setDaemon(true);
        t.start();
    }

    private static ResultTransformer<String[]> firstRow() {
        return result -> {
            if (!result.hasNext()) {
                throw new IllegalStateException("dbms.components() returned no 'Neo4j Kernel' row");
            }
            Map<String, Object> row = result.next();
            return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
        };
    }

    private static String hostForUri(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    static boolean isPortInUse(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException) {
                return true;
            }
            String msg = c.getMessage();
            if (msg != null && msg.contains("Address already in use")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** One line: the outermost message plus the root cause, if different. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = messageOf(t);
        if (root != t) {
            text += " (cause: " + messageOf(root) + ")";
        }
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(int code, String message) {
        System.err.println("NEO4J_ERROR " + message.replaceAll("\\s+", " ").trim());
        System.err.flush();
        // halt, not exit: a half-started DBMS may have left non-daemon threads or hooks behind.
        Runtime.getRuntime().halt(code);
    }
}
