// Starts Neo4j Community embedded with only the Bolt connector, for `npm start` and the tests.
// Run with Java's single-file source launch (no build step):
//   java --add-opens=... -cp 'neo4j/lib/*' neo4j/Launcher.java <home> <boltPort> [txTimeout] [txMaxMemory]
// with the password as the first line of stdin (never on the command line, where `ps` shows it).
// It prints "NEO4J_READY <port> <version>" on stdout once Bolt answers, shuts the database down
// cleanly on SIGINT/SIGTERM, and also when its stdin closes, so a parent Node process that dies
// without cleaning up never leaves an orphan JVM holding the store lock.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

public class Launcher {
    public static void main(String[] args) {
        try {
            start(args);
        } catch (Throwable error) {
            // Exit, so that the parent sees the failure instead of waiting on a JVM kept alive by
            // the database's own threads. One line first: the parent reports it, not the frames.
            System.err.println("NEO4J_FAILED " + error);
            error.printStackTrace();
            System.exit(1);
        }
        watchStdin();
    }

    private static void start(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher <home> <boltPort> [transactionTimeout] [transactionMaxMemory] [csv-import] (password on stdin)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String port = args[1];
        String transactionTimeout = args.length > 2 ? args[2] : "30s";
        String transactionMaxMemory = args.length > 3 ? args[3] : "512m";
        // Only the import benchmark asks for it, to compare the importer with LOAD CSV.
        boolean csvImport = args.length > 4 && args[4].equals("csv-import");
        String password = readPasswordLine(System.in);
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
        settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        settings.put("server.bolt.tls_level", "DISABLED");
        settings.put("server.http.enabled", "false");
        settings.put("server.https.enabled", "false");
        // Embedded Neo4j defaults to auth off and LOAD CSV reading the whole filesystem: close both.
        settings.put("dbms.security.auth_enabled", "true");
        settings.put("dbms.security.allow_csv_import_from_file_urls", csvImport ? "true" : "false");
        settings.put("server.directories.import", importDir.toString());
        // LOAD CSV over http(s) is a read, so READ transactions allow it: block every address.
        settings.put("internal.dbms.cypher_ip_blocklist", "0.0.0.0/0,::/0");
        // db.transaction.timeout and db.memory.transaction.max are NOT set here: they would also
        // bound the start-up statements below, which then fail on a loaded machine. They are
        // applied once start-up is done (applyTransactionLimits).
        settings.put("server.memory.pagecache.size", "256m");
        settings.put("dbms.usage_report.enabled", "false");
        settings.put("db.logs.query.enabled", "OFF");

        // The public builder takes settings by name only from a file: write ours next to the store.
        Path conf = home.resolve("neo4j.conf");
        StringBuilder text = new StringBuilder("# Written by neo4j/Launcher.java at each start; edits are overwritten.\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(conf, text.toString());
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("[neo4j] shutting down");
            service.shutdown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = service.database("system");
        // The first start creates user neo4j with a change-required default password; setting it
        // here on every start keeps the password in step with NEO4J_PASSWORD.
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException error) {
            // Neo4j refuses to "change" a password to the one it already has: that is fine.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")
                    && !String.valueOf(error.getCause()).contains("cannot be the same")) {
                throw error;
            }
        }
        GraphDatabaseService neo4j = service.database("neo4j");
        // From the jars, not a query: one Cypher statement less before the database counts as ready.
        String version = Version.getNeo4jVersion();

        applyTransactionLimits(neo4j, transactionTimeout, transactionMaxMemory);

        RunawayWatchdog.start(neo4j);

        System.out.println("NEO4J_READY " + port + " " + version);
        System.out.flush();
    }

    /**
     * From now on, a runaway query is stopped by the server even when its client sends no timeout of
     * its own, and one transaction may not take more memory than the cap. Both settings are dynamic:
     * they apply to every transaction started after this call.
     */
    private static void applyTransactionLimits(GraphDatabaseService db, String timeout, String maxMemory) {
        Config config = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(Config.class);
        Duration parsedTimeout = SettingValueParsers.DURATION.parse(timeout);
        Long parsedMaxMemory = SettingValueParsers.BYTES.parse(maxMemory);
        config.setDynamic(GraphDatabaseSettings.transaction_timeout, parsedTimeout, "Launcher");
        config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, parsedMaxMemory, "Launcher");
    }

    /** The password is the first line of stdin; the rest of stdin is watched for its end. */
    private static String readPasswordLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) throw new IOException("stdin closed before the password line");
            line.write(next);
        }
        String password = line.toString(StandardCharsets.UTF_8);
        if (password.isEmpty()) throw new IOException("the password line on stdin is empty");
        return password;
    }

    /** Blocks until stdin reaches end of file (the parent went away), then exits through the hook. */
    private static void watchStdin() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end of file.
        }
        System.exit(0);
    }

    /**
     * Neo4j marks a transaction terminated on timeout, TERMINATE TRANSACTION or a closed connection, but
     * some expressions never look at that mark: a reduce() building a string or a comprehension over a
     * huge range() keeps its thread busy for minutes. Every few hundred milliseconds this watchdog looks
     * for analyst transactions (metadata query "analyst-…", set by the API) that were marked terminated a
     * grace period ago and are still running, and stops the thread that runs them. Thread.stop() throws
     * ThreadDeath in that thread, which unwinds the query like any other error; it works on Java 17 (on
     * Java 20+ it is refused, and the watchdog says so once). Only read-only analyst transactions are
     * touched: the API's own queries and every write are left to Neo4j.
     *
     * It also keeps analyst work from starving the rest of the heap: Neo4j's per-transaction memory cap
     * does not count the values an expression builds, so when the old generation stays over
     * HEAP_PRESSURE after a collection, the analyst transaction whose thread allocated the most is
     * stopped, before the whole database stalls in garbage collection.
     */
    static final class RunawayWatchdog implements Runnable {
        private static final Duration GRACE = Duration.ofMillis(1500);
        private static final long POLL_MILLIS = 250;
        private static final double HEAP_PRESSURE = 0.75;
        private final KernelTransactions transactions;
        private final Field threadIdField;
        /** Bytes each analyst transaction's thread had allocated when the watchdog first saw it. */
        private final Map<Long, Long> allocatedAtStart = new java.util.HashMap<>();
        private boolean stopUnsupportedReported;

        private RunawayWatchdog(KernelTransactions transactions, Field threadIdField) {
            this.transactions = transactions;
            this.threadIdField = threadIdField;
        }

        static void start(GraphDatabaseService database) {
            try {
                KernelTransactions transactions = ((GraphDatabaseAPI) database).getDependencyResolver()
                        .resolveDependency(KernelTransactions.class);
                Field field = ExecutingQuery.class.getDeclaredField("threadExecutingTheQueryId");
                field.setAccessible(true);
                Thread thread = new Thread(new RunawayWatchdog(transactions, field), "runaway-query-watchdog");
                thread.setDaemon(true);
                thread.start();
            } catch (ReflectiveOperationException | RuntimeException error) {
                System.err.println("[neo4j] runaway-query watchdog unavailable: " + error);
            }
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Thread.sleep(POLL_MILLIS);
                    for (KernelTransactionHandle handle : transactions.activeTransactions()) check(handle);
                    rememberAllocations();
                    if (heapUnderPressure()) stopHungriestAnalystTransaction();
                } catch (InterruptedException interrupted) {
                    return;
                } catch (RuntimeException error) {
                    System.err.println("[neo4j] runaway-query watchdog: " + error);
                }
            }
        }

        private void check(KernelTransactionHandle handle) {
            // Only the analyst's query itself: never its EXPLAIN (planning holds caches and locks a
            // stop could leave broken), the API's own queries or any write.
            if (!"analyst-query".equals(handle.getMetaData().get("query"))) return;
            Optional<TerminationMark> mark = handle.terminationMark();
            if (mark.isEmpty() || !handle.isOpen()) return;
            long since = System.nanoTime() - mark.get().getTimestampNanos();
            if (since < GRACE.toNanos()) return;
            Optional<ExecutingQuery> query = handle.executingQuery();
            if (query.isEmpty()) return;
            Thread thread = findThread(query.get());
            if (thread == null || !stillRunsIt(handle, query.get(), thread)) return;
            System.err.println("[neo4j] stopping the thread of analyst transaction " + handle.getUserTransactionName()
                    + ": marked terminated (" + mark.get().getReason() + ") " + since / 1_000_000 + " ms ago and still running");
            stop(thread);
        }

        /**
         * Checked again just before a stop, because Bolt threads are pooled: the transaction is still
         * open, still runs the same query on the same thread, and that thread is inside the Cypher
         * runtime right now. (A window of microseconds remains between this check and the stop; it
         * only matters for a query that ends in exactly that instant.)
         */
        private boolean stillRunsIt(KernelTransactionHandle handle, ExecutingQuery query, Thread thread) {
            if (!handle.isOpen() || handle.executingQuery().orElse(null) != query) return false;
            if (findThread(query) != thread) return false;
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getClassName().startsWith("org.neo4j.cypher")) return true;
            }
            return false;
        }

        /**
         * The old generation holds more than HEAP_PRESSURE of its maximum now and after the last
         * collection. (After-collection usage alone can be stale for a long time after a spike.)
         */
        private static boolean heapUnderPressure() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP || !pool.getName().contains("Old")) continue;
                MemoryUsage afterCollection = pool.getCollectionUsage();
                MemoryUsage now = pool.getUsage();
                long max = now.getMax();
                if (afterCollection != null && max > 0 && afterCollection.getUsed() > HEAP_PRESSURE * max
                        && now.getUsed() > HEAP_PRESSURE * max) return true;
            }
            return false;
        }

        private static com.sun.management.ThreadMXBean threadBean() {
            return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        }

        /** Bolt threads are pooled: a transaction's allocation is counted from when it was first seen. */
        private void rememberAllocations() {
            java.util.Set<Long> open = new java.util.HashSet<>();
            for (KernelTransactionHandle handle : transactions.activeTransactions()) {
                if (!"analyst-query".equals(handle.getMetaData().get("query")) || !handle.isOpen()) continue;
                Optional<ExecutingQuery> query = handle.executingQuery();
                long threadId = query.isPresent() ? threadIdOf(query.get()) : -1;
                if (threadId < 0) continue;
                long sequence = handle.getTransactionSequenceNumber();
                open.add(sequence);
                allocatedAtStart.computeIfAbsent(sequence, key -> threadBean().getThreadAllocatedBytes(threadId));
            }
            allocatedAtStart.keySet().retainAll(open);
        }

        /** The thread running an open analyst transaction, or null. */
        private Thread analystThread(KernelTransactionHandle handle) {
            if (!"analyst-query".equals(handle.getMetaData().get("query")) || !handle.isOpen()) return null;
            Optional<ExecutingQuery> query = handle.executingQuery();
            return query.isPresent() ? findThread(query.get()) : null;
        }

        /**
         * Under heap pressure, stops the analyst transaction that allocated the most since it started,
         * if that is a real share of the heap (an innocent small query is never the one stopped).
         */
        private void stopHungriestAnalystTransaction() {
            long heapMax = Runtime.getRuntime().maxMemory();
            KernelTransactionHandle hungriest = null;
            Thread hungriestThread = null;
            long most = heapMax / 4;
            for (KernelTransactionHandle handle : transactions.activeTransactions()) {
                Thread thread = analystThread(handle);
                Long atStart = allocatedAtStart.get(handle.getTransactionSequenceNumber());
                if (thread == null || atStart == null) continue;
                long allocated = threadBean().getThreadAllocatedBytes(thread.getId()) - atStart;
                if (allocated > most) {
                    most = allocated;
                    hungriest = handle;
                    hungriestThread = thread;
                }
            }
            if (hungriest == null) return;
            Optional<ExecutingQuery> query = hungriest.executingQuery();
            if (query.isEmpty() || !stillRunsIt(hungriest, query.get(), hungriestThread)) return;
            System.err.println("[neo4j] heap under pressure: stopping analyst transaction " + hungriest.getUserTransactionName()
                    + " (it allocated " + most / (1024 * 1024) + " MB since it started)");
            hungriest.markForTermination(Status.General.TransactionOutOfMemoryError);
            stop(hungriestThread);
        }

        private long threadIdOf(ExecutingQuery query) {
            try {
                return threadIdField.getLong(query);
            } catch (IllegalAccessException error) {
                return -1;
            }
        }

        /** The live thread that started the query (by id and name), found without walking any stack. */
        private Thread findThread(ExecutingQuery query) {
            long id = threadIdOf(query);
            if (id < 0) return null;
            String name = query.threadExecutingTheQueryName();
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) root = root.getParent();
            Thread[] threads = new Thread[root.activeCount() * 2 + 16];
            int count = root.enumerate(threads, true);
            for (int index = 0; index < count; index++) {
                Thread thread = threads[index];
                if (thread.getId() == id && thread.getName().equals(name)) return thread;
            }
            return null;
        }

        @SuppressWarnings({"deprecation", "removal"})
        private void stop(Thread thread) {
            try {
                thread.stop();
            } catch (UnsupportedOperationException refused) {
                if (!stopUnsupportedReported) {
                    stopUnsupportedReported = true;
                    System.err.println("[neo4j] this Java refuses Thread.stop(): runaway analyst queries run until they end (use Java 17)");
                }
            }
        }
    }
}
