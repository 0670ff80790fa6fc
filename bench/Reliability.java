import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Crash and restart probes of the packaged application (docs/reliability.md), run by bench/reliability.sh
 * and, for the kill -9 scenario, by CrashRecoveryIT in ./mvnw verify. Each scenario starts the jar as a
 * real process on a fresh data directory and a free port, drives it over HTTP like a browser (session
 * cookie, CSRF token from the form), and reads the database directly (JDBC, with the driver taken from the
 * jar) to check what was acknowledged. Exit status 0 when every check passed.
 *
 *   java bench/Reliability.java crash --jar target/app.jar [--seconds 8]
 *   java bench/Reliability.java postgres --jar ... --url jdbc:postgresql://... --pg-stop CMD --pg-start CMD
 *   java bench/Reliability.java smtp --jar ... [--outage 10]
 *   java bench/Reliability.java load --jar ... [--users 200] [--seconds 300] [--think-ms 1000]
 */
public class Reliability {

    static final String ADMIN = "admin@reliability.test";
    // a start takes 15 s on an idle 2-core machine, minutes when it is busy with other builds
    static final int READY_SECONDS = Integer.getInteger("ready.seconds", 600);
    static final String PASSWORD = "Reliability-probe-password-42";
    static final PrintStream out = System.out;
    static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    static final Random random = new Random(42);

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: java bench/Reliability.java crash|postgres|smtp|load --jar JAR [options]");
            System.exit(2);
        }
        Map<String, String> args = new HashMap<>();
        for (int i = 1; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        boolean ok =
                switch (argv[0]) {
                    case "crash" -> crash(args);
                    case "postgres" -> postgres(args);
                    case "smtp" -> smtp(args);
                    case "load" -> load(args);
                    default -> throw new IllegalArgumentException("unknown scenario " + argv[0]);
                };
        out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        System.exit(ok ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------
    // kill -9 during a stream of writes

    static boolean crash(Map<String, String> args) throws Exception {
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "8"));
        int writers = Integer.parseInt(args.getOrDefault("writers", "4"));
        App app = new App(args, List.of(), Map.of());
        app.start();
        Writes writes = new Writes(app, writers);
        writes.prepare();
        writes.start();
        Thread.sleep(seconds * 1000L);
        long killedAt = System.nanoTime();
        app.kill();
        writes.stop();
        out.printf(
                "crash: kill -9 after %d s of writes by %d writers; acknowledged: %s%n",
                seconds, writers, writes.summary());

        long restarting = System.nanoTime();
        app.start();
        List<String> rebuilt = all(app.log(), "(\\w+ index rebuilt in \\d+ ms)");
        out.printf(
                "crash: restarted and ready in %.1f s (%s)%n",
                (System.nanoTime() - restarting) / 1e9,
                rebuilt.isEmpty() ? "no index rebuilt" : String.join(", ", rebuilt));
        boolean ok = writes.indexAgrees(app);
        app.stop();
        ok &= writes.allThere(app);
        out.printf("crash: from kill to checked: %.1f s%n", (System.nanoTime() - killedAt) / 1e9);
        app.cleanUp(ok);
        return ok;
    }

    /** The write stream of the crash and PostgreSQL scenarios, with what was acknowledged. */
    static class Writes {
        final App app;
        final int threads;
        final AtomicBoolean running = new AtomicBoolean();
        final List<Thread> workers = new ArrayList<>();
        final List<String> signUps = new CopyOnWriteArrayList<>();
        final List<String[]> saves = new CopyOnWriteArrayList<>(); // email, training id
        final List<String> contacts = new CopyOnWriteArrayList<>(); // message token
        final Map<Long, String> acknowledgedTitle = new ConcurrentHashMap<>();
        final Map<Long, String> attemptedTitle = new ConcurrentHashMap<>();
        final AtomicInteger edits = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicLong lastSuccess = new AtomicLong();
        final boolean staffEdits;
        List<String> trainingIds;
        List<String> slugs;

        Writes(App app, int threads) {
            this(app, threads, true);
        }

        Writes(App app, int threads, boolean staffEdits) {
            this.app = app;
            this.threads = threads;
            this.staffEdits = staffEdits;
        }

        void prepare() throws Exception {
            Client anyone = new Client(app);
            trainingIds = all(anyone.get("/api/v1/trainings?size=100").body(), "\"id\":(\\d+)");
            slugs = all(anyone.get("/api/v1/employers?size=100").body(), "\"slug\":\"([a-z0-9-]+)\"");
            if (trainingIds.isEmpty() || slugs.isEmpty()) {
                throw new IllegalStateException("no demo trainings or employers to write against");
            }
        }

        void start() throws Exception {
            running.set(true);
            for (int t = 0; t < threads; t++) {
                int n = t;
                Client saver = new Client(app);
                String email = "saver" + n + "-" + System.nanoTime() + "@reliability.test";
                saver.signUp(email);
                saver.signIn(email);
                Client staff = new Client(app);
                if (staffEdits) {
                    staff.signIn(ADMIN);
                }
                Thread worker = new Thread(() -> write(n, email, saver, staff), "writer-" + n);
                workers.add(worker);
                worker.start();
            }
        }

        void write(int n, String saverEmail, Client saver, Client staff) {
            Random dice = new Random(n);
            List<Long> mine = new ArrayList<>();
            for (int i = 0; running.get(); i++) {
                try {
                    boolean done;
                    switch (i % (staffEdits ? 4 : 3)) {
                        case 0 -> {
                            String email = "w" + n + "-" + i + "-" + token(dice) + "@reliability.test";
                            done = new Client(app).signUp(email);
                            if (done) signUps.add(email);
                        }
                        case 1 -> {
                            String id = trainingIds.get(dice.nextInt(trainingIds.size()));
                            done = saver.save(id);
                            if (done) saves.add(new String[] {saverEmail, id});
                        }
                        case 2 -> {
                            String token = token(dice);
                            // signed out: a signed-in account that is not confirmed may not write to employers
                            done = new Client(app).contact(slugs.get(dice.nextInt(slugs.size())), token);
                            if (done) contacts.add(token);
                        }
                        default -> {
                            String title = "Reliability " + token(dice) + " program";
                            if (mine.isEmpty() || dice.nextInt(3) == 0) {
                                long id = staff.createTraining(title);
                                done = id > 0;
                                if (done) {
                                    mine.add(id);
                                    acknowledgedTitle.put(id, title);
                                }
                            } else {
                                long id = mine.get(dice.nextInt(mine.size()));
                                attemptedTitle.put(id, title);
                                done = staff.updateTraining(id, title);
                                if (done) acknowledgedTitle.put(id, title);
                            }
                            if (done) edits.incrementAndGet();
                        }
                    }
                    if (done) {
                        lastSuccess.set(System.nanoTime());
                    } else {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    pause(50);
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread worker : workers) {
                worker.join(15_000);
            }
        }

        int acknowledged() {
            return signUps.size() + saves.size() + contacts.size() + edits.get();
        }

        String summary() {
            return String.format(
                    "%d writes (%d sign-ups, %d saved items, %d contact requests, %d staff edits of %d programs),"
                            + " %d failed or cut off",
                    acknowledged(),
                    signUps.size(),
                    saves.size(),
                    contacts.size(),
                    edits.get(),
                    acknowledgedTitle.size(),
                    failures.get());
        }

        /** The index against the database: counts per entity, then every edited program by its stored title. */
        boolean indexAgrees(App app) throws Exception {
            boolean ok = true;
            String health = new Client(app).getManagement("/actuator/health/local").body();
            // {"Training":{"indexed":89,"stored":89}}, the two keys in either order
            Matcher counts = Pattern.compile(
                            "\"(\\w+)\":\\{\"(indexed|stored)\":(\\d+),\"(indexed|stored)\":(\\d+)\\}")
                    .matcher(health);
            int entities = 0;
            while (counts.find()) {
                entities++;
                String indexed = counts.group(2).equals("indexed") ? counts.group(3) : counts.group(5);
                String stored = counts.group(2).equals("stored") ? counts.group(3) : counts.group(5);
                boolean same = indexed.equals(stored);
                ok &= same;
                out.printf(
                        "crash: index %s: %s documents for %s rows %s%n",
                        counts.group(1), indexed, stored, same ? "(agree)" : "(DISAGREE)");
            }
            if (entities == 0) {
                out.println("crash: no index counts in /actuator/health/local: " + health);
                ok = false;
            }
            Client anyone = new Client(app);
            int found = 0;
            int stale = 0;
            for (Map.Entry<Long, String> edited : acknowledgedTitle.entrySet()) {
                long id = edited.getKey();
                String stored = first(anyone.get("/api/v1/trainings/" + id).body(), "\"title\":\"([^\"]+)\"");
                String expected = edited.getValue();
                String inFlight = attemptedTitle.get(id);
                if (stored == null || !(stored.equals(expected) || stored.equals(inFlight))) {
                    out.printf("crash: program %d has title %s, acknowledged %s%n", id, stored, expected);
                    ok = false;
                    continue;
                }
                String word = stored.split(" ")[1];
                List<String> hits = all(anyone.get("/api/v1/trainings?q=" + word).body(), "\"id\":(\\d+)");
                if (hits.contains(Long.toString(id))) {
                    found++;
                } else {
                    stale++;
                    ok = false;
                }
            }
            out.printf(
                    "crash: %d edited programs: %d found by a search for their stored title, %d not%n",
                    acknowledgedTitle.size(), found, stale);
            return ok;
        }

        /** Every acknowledged write in the database. */
        boolean allThere(App app) throws Exception {
            int missing = 0;
            try (Connection db = app.database()) {
                for (String email : signUps) {
                    missing += count(db, "select count(*) from account where email = ?", email) == 1 ? 0 : 1;
                }
                for (String[] save : saves) {
                    missing += count(
                                            db,
                                            "select count(*) from saved_item s join account a on a.id = s.account_id"
                                                    + " where a.email = ? and s.kind = 'TRAINING' and s.item_key = ?",
                                            (Object[]) save)
                                    == 1
                            ? 0
                            : 1;
                }
                for (String token : contacts) {
                    missing += count(db, "select count(*) from employer_contact_request where message like ?", "%" + token + "%") == 1
                            ? 0
                            : 1;
                }
                for (Map.Entry<Long, String> edited : acknowledgedTitle.entrySet()) {
                    String inFlight = attemptedTitle.get(edited.getKey());
                    missing += count(
                                            db,
                                            "select count(*) from training where id = ? and title in (?, ?)",
                                            edited.getKey(),
                                            edited.getValue(),
                                            inFlight == null ? edited.getValue() : inFlight)
                                    == 1
                            ? 0
                            : 1;
                }
            }
            out.printf("crash: acknowledged writes missing from the database: %d of %d%n", missing, acknowledged());
            return missing == 0;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // PostgreSQL restarted under load

    static boolean postgres(Map<String, String> args) throws Exception {
        int outage = Integer.parseInt(args.getOrDefault("outage", "8"));
        String url = args.get("url");
        App app = new App(
                args,
                List.of(),
                Map.of(
                        "SPRING_DATASOURCE_URL", url,
                        "SPRING_DATASOURCE_USERNAME", args.getOrDefault("user", "postgres"),
                        "SPRING_DATASOURCE_PASSWORD", ""));
        app.start();
        Writes writes = new Writes(app, 2, false);
        writes.prepare();
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> reads = new CopyOnWriteArrayList<>(); // time, ok
        List<long[]> healths = new CopyOnWriteArrayList<>(); // time, status
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int n = r;
            threads.add(new Thread(() -> {
                Client reader = new Client(app);
                String[] paths = {"/trainings?q=nurse", "/api/v1/trainings?q=medical", "/employers", "/careers"};
                for (int i = 0; running.get(); i++) {
                    long at = System.nanoTime();
                    try {
                        int status = reader.get(paths[(i + n) % paths.length]).statusCode();
                        reads.add(new long[] {at, status == 200 ? 1 : 0});
                    } catch (Exception e) {
                        reads.add(new long[] {at, 0});
                    }
                    pause(100);
                }
            }));
        }
        threads.add(new Thread(() -> {
            Client poller = new Client(app);
            while (running.get()) {
                long at = System.nanoTime();
                try {
                    // the management port (loopback) serves /actuator/health when it is set, as here
                    healths.add(new long[] {at, poller.getManagement("/actuator/health").statusCode()});
                } catch (Exception e) {
                    healths.add(new long[] {at, -1});
                }
                pause(200);
            }
        }));
        threads.forEach(Thread::start);
        writes.start();
        Thread.sleep(8_000);
        long stopping = System.nanoTime();
        run(args.get("pg-stop"));
        long down = System.nanoTime();
        out.printf("postgres: stopped in %.1f s; outage of %d s under load%n", (down - stopping) / 1e9, outage);
        Thread.sleep(outage * 1000L);
        long starting = System.nanoTime();
        run(args.get("pg-start"));
        long back = System.nanoTime();
        out.printf("postgres: started again in %.1f s%n", (back - starting) / 1e9);
        Thread.sleep(12_000);
        running.set(false);
        writes.stop();
        for (Thread t : threads) {
            t.join(15_000);
        }

        long firstRead = reads.stream()
                .filter(r -> r[0] >= back && r[1] == 1)
                .mapToLong(r -> r[0])
                .min()
                .orElse(Long.MAX_VALUE);
        long firstHealthy = healths.stream()
                .filter(h -> h[0] >= back && h[1] == 200)
                .mapToLong(h -> h[0])
                .min()
                .orElse(Long.MAX_VALUE);
        long downSeen = healths.stream()
                .filter(h -> h[0] > down && h[0] < starting && h[1] == 503)
                .count();
        long upSeen = healths.stream()
                .filter(h -> h[0] > down && h[0] < starting && h[1] == 200)
                .count();
        long failedReads = reads.stream().filter(r -> r[1] == 0).count();
        double readAfter = (firstRead - back) / 1e9;
        double healthAfter = (firstHealthy - back) / 1e9;
        out.printf(
                "postgres: %d reads (%d failed, all during the outage or just after), %s%n",
                reads.size(), failedReads, writes.summary());
        Map<Long, Long> outageAnswers = new java.util.TreeMap<>();
        healths.stream()
                .filter(h -> h[0] > down && h[0] < starting)
                .forEach(h -> outageAnswers.merge(h[1], 1L, Long::sum));
        out.printf(
                "postgres: health during the outage: %d polls DOWN (503), %d polls UP; answers by status %s%n",
                downSeen, upSeen, outageAnswers);
        out.printf(
                "postgres: after PostgreSQL was back: first good page %.2f s, health UP %.2f s%n",
                readAfter, healthAfter);
        boolean ok = readAfter <= 5 && healthAfter <= 5 && downSeen > 0 && upSeen == 0;
        ok &= writes.allThere(app);
        app.stop();
        app.cleanUp(ok);
        return ok;
    }

    // ------------------------------------------------------------------------------------------------
    // SMTP server down, then back

    static boolean smtp(Map<String, String> args) throws Exception {
        int outage = Integer.parseInt(args.getOrDefault("outage", "10"));
        SmtpSink sink = new SmtpSink(freePort());
        App app = new App(
                args,
                List.of(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + sink.port,
                        "--hub.mail.retry-delay=PT1S",
                        "--hub.mail.from=no-reply@reliability.test"),
                Map.of());
        app.start();
        Writes writes = new Writes(app, 2, false);
        writes.prepare();
        writes.start();
        Thread.sleep(outage * 1000L);
        sink.start();
        long back = System.nanoTime();
        out.printf("smtp: server down for %d s while mail was queued; back up%n", outage);
        Thread.sleep(5_000);
        writes.stop();
        long quiet = System.nanoTime();
        int seen = -1;
        while (System.nanoTime() - quiet < 90e9) {
            Thread.sleep(5_000);
            int now = sink.received.size();
            if (now == seen) {
                break;
            }
            seen = now;
        }
        app.stop();
        Map<Long, Integer> copies = new HashMap<>();
        for (String id : sink.received) {
            Matcher m = Pattern.compile("<outbox\\.(\\d+)\\.").matcher(id);
            if (m.find()) {
                copies.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
            }
        }
        int stored;
        int pending;
        List<Long> ids = new ArrayList<>();
        try (Connection db = app.database()) {
            stored = count(db, "select count(*) from outgoing_mail");
            pending = count(db, "select count(*) from outgoing_mail where status <> 'SENT'");
            try (ResultSet rows = db.createStatement().executeQuery("select id from outgoing_mail")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        long missing = ids.stream().filter(id -> !copies.containsKey(id)).count();
        long twice = copies.values().stream().filter(c -> c > 1).count();
        out.printf(
                "smtp: %s; %d messages in the outbox, %d received, %d missing, %d received more than once,"
                        + " %d not marked sent; last delivery %.1f s after the server came back%n",
                writes.summary(),
                stored,
                sink.received.size(),
                missing,
                twice,
                pending,
                (sink.last.get() - back) / 1e9);
        sink.close();
        boolean ok = stored > 0 && missing == 0 && twice == 0 && pending == 0 && sink.received.size() == stored;
        app.cleanUp(ok);
        return ok;
    }

    /** A minimal SMTP server that keeps each message's Message-ID. */
    static class SmtpSink implements AutoCloseable {
        final int port;
        final List<String> received = new CopyOnWriteArrayList<>();
        final AtomicLong last = new AtomicLong();
        ServerSocket socket;

        SmtpSink(int port) {
            this.port = port;
        }

        void start() throws IOException {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        new Thread(() -> serve(client)).start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        void serve(Socket client) {
            try (client;
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                    OutputStream reply = client.getOutputStream()) {
                say(reply, "220 sink ready");
                String line;
                while ((line = in.readLine()) != null) {
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (verb) {
                        case "EHLO", "HELO" -> say(reply, "250 sink");
                        case "DATA" -> {
                            say(reply, "354 go on");
                            String messageId = null;
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                    messageId = line.substring(11).strip();
                                }
                            }
                            received.add(messageId == null ? "none" : messageId);
                            last.set(System.nanoTime());
                            say(reply, "250 queued");
                        }
                        case "QUIT" -> {
                            say(reply, "221 bye");
                            return;
                        }
                        default -> say(reply, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        static void say(OutputStream reply, String line) throws IOException {
            reply.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            reply.flush();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // many users browsing, searching, signing in and saving

    static boolean load(Map<String, String> args) throws Exception {
        int users = Integer.parseInt(args.getOrDefault("users", "200"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "300"));
        int think = Integer.parseInt(args.getOrDefault("think-ms", "1000"));
        App app = new App(args, List.of(), Map.of());
        app.start();
        Writes catalog = new Writes(app, 0, false);
        catalog.prepare();
        int accounts = Math.min(users, 40);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String email = "user" + i + "@reliability.test";
            new Client(app).signUp(email);
            emails.add(email);
        }
        AtomicLongArray latencyMs = new AtomicLongArray(60_001);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        String[] words = {"nurse", "medical", "assistant", "pharmacy", "dental", "phlebotomy", "care", "health"};
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int n = u;
            threads.add(new Thread(() -> {
                Random dice = new Random(n);
                Client me = new Client(app);
                boolean signedIn = false;
                pause(dice.nextInt(Math.max(1, think * 2)));
                while (running.get()) {
                    int roll = dice.nextInt(100);
                    long start = System.nanoTime();
                    String what;
                    int status;
                    try {
                        if (roll < 15) {
                            what = "home";
                            status = me.get("/").statusCode();
                        } else if (roll < 40) {
                            what = "search";
                            status = me.get("/trainings?q=" + words[dice.nextInt(words.length)]).statusCode();
                        } else if (roll < 55) {
                            what = "training";
                            status = me.get("/trainings/"
                                            + catalog.trainingIds.get(dice.nextInt(catalog.trainingIds.size())))
                                    .statusCode();
                        } else if (roll < 65) {
                            what = "employers";
                            status = me.get("/employers?q=" + words[dice.nextInt(words.length)]).statusCode();
                        } else if (roll < 75) {
                            what = "careers";
                            status = me.get("/careers").statusCode();
                        } else if (roll < 82) {
                            what = "api";
                            status = me.get("/api/v1/trainings?q=" + words[dice.nextInt(words.length)]).statusCode();
                        } else if (roll < 88 || !signedIn) {
                            what = "sign-in";
                            me = new Client(app);
                            signedIn = me.signIn(emails.get(dice.nextInt(emails.size())));
                            status = signedIn ? 200 : 500;
                        } else {
                            what = "save";
                            status = me.save(catalog.trainingIds.get(dice.nextInt(catalog.trainingIds.size())))
                                    ? 200
                                    : 500;
                        }
                    } catch (Exception e) {
                        what = "exception " + e.getClass().getSimpleName();
                        status = -1;
                    }
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    latencyMs.incrementAndGet((int) Math.min(ms, 60_000));
                    requests.incrementAndGet();
                    if (status < 200 || status >= 400) {
                        errors.incrementAndGet();
                        errorKinds.computeIfAbsent(what + " " + status, k -> new AtomicInteger()).incrementAndGet();
                    }
                    pause(think / 2 + dice.nextInt(Math.max(1, think)));
                }
            }));
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join(70_000);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        app.stop();
        int total = requests.get();
        out.printf(
                "load: %d users for %d s (think time %d ms): %d actions (%.1f/s), %d errors (%.3f %%)%n",
                users, seconds, think, total, total / elapsed, errors.get(), 100.0 * errors.get() / Math.max(1, total));
        out.printf(
                "load: latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                percentile(latencyMs, total, 0.50),
                percentile(latencyMs, total, 0.95),
                percentile(latencyMs, total, 0.99),
                percentile(latencyMs, total, 1.0));
        errorKinds.forEach((kind, n) -> out.printf("load: error %s: %d%n", kind, n.get()));
        app.cleanUp(true);
        return true;
    }

    static long percentile(AtomicLongArray histogram, int total, double p) {
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int ms = 0; ms < histogram.length(); ms++) {
            seen += histogram.get(ms);
            if (seen >= rank && seen > 0) {
                return ms;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------
    // the application as a process

    static class App {
        final Path jar;
        final Path data;
        final int port;
        final int managementPort;
        final List<String> extra;
        final Map<String, String> environment;
        final String datasourceUrl;
        Process process;
        int starts;

        App(Map<String, String> args, List<String> extra, Map<String, String> environment) throws IOException {
            this.jar = Path.of(args.get("jar"));
            this.data = Files.createTempDirectory("hub-reliability");
            this.port = freePort();
            this.managementPort = freePort();
            this.extra = extra;
            this.environment = environment;
            this.datasourceUrl = environment.getOrDefault(
                    "SPRING_DATASOURCE_URL", "jdbc:h2:file:" + data.resolve("db/hub"));
        }

        void start() throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    jar.toString(),
                    "--server.address=127.0.0.1",
                    "--server.port=" + port,
                    "--management.server.port=" + managementPort,
                    "--management.server.address=127.0.0.1",
                    "--hub.data-dir=" + data,
                    "--hub.admin.email=" + ADMIN,
                    "--hub.admin.password=" + PASSWORD,
                    // the probe comes from one address: per-address limits would refuse most of it
                    "--hub.security.sign-in-per-address=1000000",
                    "--hub.security.sign-up-per-address=1000000",
                    "--hub.security.email-links-per-address=1000000",
                    "--hub.security.contact-employer-per-address=1000000",
                    "--hub.security.contact-employer-per-email=1000000"));
            command.addAll(extra);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            data.resolve("app.log").toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            Process started = process;
            // the probe may fail or be interrupted: never leave the application running behind it
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            starts++;
            long deadline = System.nanoTime() + Duration.ofSeconds(READY_SECONDS).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped; see " + data.resolve("app.log"));
                }
                try {
                    if (new Client(this).getManagement("/actuator/health/readiness").statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the application did not get ready in " + READY_SECONDS + " s; see " + data.resolve("app.log"));
        }

        /** kill -9: no shutdown hook, nothing flushed. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        String log() throws IOException {
            return Files.readString(data.resolve("app.log"), StandardCharsets.ISO_8859_1);
        }

        Connection database() throws Exception {
            Properties credentials = new Properties();
            credentials.setProperty("user", environment.getOrDefault("SPRING_DATASOURCE_USERNAME", "sa"));
            credentials.setProperty("password", environment.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
            return driver(datasourceUrl.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.postgresql.Driver")
                    .connect(datasourceUrl, credentials);
        }

        /** The JDBC driver the application itself uses, taken from the jar. */
        Driver driver(String name) throws Exception {
            String prefix = name.startsWith("org.h2") ? "BOOT-INF/lib/h2-" : "BOOT-INF/lib/postgresql-";
            List<URL> urls = new ArrayList<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".jar")) {
                        Path copy = data.resolve(Path.of(entry.getName()).getFileName());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                        urls.add(copy.toUri().toURL());
                    }
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Reliability.class.getClassLoader());
            return (Driver) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
        }

        void cleanUp(boolean passed) throws IOException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (passed && !"1".equals(System.getenv("KEEP_DATA"))) {
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } else {
                out.println("data and log kept in " + data);
            }
        }
    }

    /** One browser: its session cookie, and the CSRF token read from the last form it fetched. */
    static class Client {
        final App app;
        final Map<String, String> cookies = new LinkedHashMap<>();

        Client(App app) {
            this.app = app;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + path))
                    .GET());
        }

        HttpResponse<String> getManagement(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.managementPort + path))
                    .GET());
        }

        HttpResponse<String> post(String formPath, String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            String csrf = first(get(formPath).body(), "name=\"_csrf\"\\s+value=\"([^\"]+)\"");
            if (csrf == null) {
                csrf = first(get(formPath).body(), "value=\"([^\"]+)\"\\s+name=\"_csrf\"");
            }
            StringBuilder body = new StringBuilder("_csrf=" + encode(csrf));
            fields.forEach((name, value) -> {
                for (String one : value.split("\n", -1)) {
                    body.append('&').append(encode(name)).append('=').append(encode(one));
                }
            });
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                request.header("Cookie", header.toString());
            }
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        }

        boolean signUp(String email) throws IOException, InterruptedException {
            HttpResponse<String> answer = post(
                    "/sign-up",
                    "/sign-up",
                    Map.of("accountType", "seeker", "name", "Probe Person", "email", email, "password", PASSWORD));
            return answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").endsWith("/sign-up/check-email");
        }

        boolean signIn(String email) throws IOException, InterruptedException {
            HttpResponse<String> answer = post("/sign-in", "/sign-in", Map.of("email", email, "password", PASSWORD));
            return answer.statusCode() == 302
                    && !answer.headers().firstValue("Location").orElse("error").contains("error");
        }

        boolean save(String trainingId) throws IOException, InterruptedException {
            HttpResponse<String> answer = post(
                    "/trainings/" + trainingId,
                    "/account/saved",
                    Map.of("kind", "training", "key", trainingId, "returnTo", "/trainings/" + trainingId));
            return answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").contains("/trainings/" + trainingId);
        }

        boolean contact(String slug, String token) throws IOException, InterruptedException {
            HttpResponse<String> answer = post(
                    "/employers/" + slug,
                    "/employers/" + slug + "/contact",
                    Map.of(
                            "name", "Probe Person",
                            "email", "contact-" + token + "@reliability.test",
                            "message", "Reliability probe message " + token + " about openings.",
                            "website", ""));
            return answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").contains("#contact");
        }

        long createTraining(String title) throws IOException, InterruptedException {
            HttpResponse<String> answer = post("/admin/trainings/new", "/admin/trainings", training(title));
            String id = answer.statusCode() == 302
                    ? first(answer.headers().firstValue("Location").orElse(""), "/admin/trainings/(\\d+)/edit")
                    : null;
            return id == null ? -1 : Long.parseLong(id);
        }

        boolean updateTraining(long id, String title) throws IOException, InterruptedException {
            HttpResponse<String> answer =
                    post("/admin/trainings/" + id + "/edit", "/admin/trainings/" + id, training(title));
            return answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").endsWith("/admin/trainings/" + id + "/edit");
        }

        static Map<String, String> training(String title) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", title);
            fields.put("provider", "Reliability College");
            fields.put("credentialType", "CERTIFICATE");
            fields.put("deliveryMode", "HYBRID");
            fields.put("zip", "12207");
            fields.put("lengthWeeks", "8");
            fields.put("cost", "350");
            fields.put("schedules", "EVENINGS");
            fields.put("careers", "care-coordination-and-care-management");
            fields.put("jobTitles", "Care Coordinator");
            fields.put("status", "PUBLISHED");
            return fields;
        }
    }

    // ------------------------------------------------------------------------------------------------

    static int count(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static void run(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String token(Random dice) {
        StringBuilder token = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            token.append((char) ('a' + dice.nextInt(26)));
        }
        return token.toString();
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
