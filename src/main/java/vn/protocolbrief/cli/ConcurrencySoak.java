package vn.protocolbrief.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Actor;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.StaleEditException;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.service.VisitService;

/**
 * Several officers on one store file at once, each with a store object of their own: they count on one shared visit
 * (read, add one, save based on what was read), create and edit figures of their own, undo their latest change,
 * search and read histories. Afterwards nothing may be lost: the shared count equals the saves that succeeded (less
 * those undone), each officer's figures are as they left them, and every undo took back that officer's own change.
 */
final class ConcurrencySoak {
    static final String PROVINCE = "gia-lai";
    static final String SHARED_VISIT = "visit-soak-shared";

    record Result(int clients, double seconds, long operations, long saves, long refusedChangedBy, long undos,
                  long undoRefused, long undoOfAnother, long errors, long lost, long sharedCount, long expectedCount,
                  List<String> firstErrors) {
    }

    private final String file;
    private final int clients;
    private final double seconds;
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong saves = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong undos = new AtomicLong();
    private final AtomicLong undoRefused = new AtomicLong();
    private final AtomicLong undoOfAnother = new AtomicLong();
    private final AtomicLong increments = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    ConcurrencySoak(Path file, int clients, double seconds) {
        this(file.toString(), clients, seconds);
    }

    /** On a store named by a file or a server address (an office's PostgreSQL database). */
    ConcurrencySoak(String file, int clients, double seconds) {
        this.file = file;
        this.clients = clients;
        this.seconds = seconds;
    }

    Result run() throws InterruptedException {
        prepare();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> officer(client, end), "officer-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return result(sharedCount(), increments.get(), lost.get(), errors);
    }

    /**
     * One officer of a soak run as separate processes ({@link ConcurrencyProcesses}): waits for the common start, works
     * until the common end, and tells its own counts; {@code expectedCount}: the shared count's net additions it made.
     */
    Result runOfficer(int client, long startAtMillis) throws InterruptedException {
        long wait = startAtMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        long endMillis = startAtMillis + (long) (seconds * 1000);
        officer(client, System.nanoTime() + (endMillis - System.currentTimeMillis()) * 1_000_000L);
        return result(-1, increments.get(), lost.get(), errors);
    }

    /** The totals of several officers' results (each told by its own process), checked against the store. */
    Result total(List<Result> officers, List<String> more) {
        long count = sharedCount();
        long expected = 0;
        long lostByOfficers = 0;
        List<String> all = new ArrayList<>(more);
        for (Result r : officers) {
            operations.addAndGet(r.operations());
            saves.addAndGet(r.saves());
            refused.addAndGet(r.refusedChangedBy());
            undos.addAndGet(r.undos());
            undoRefused.addAndGet(r.undoRefused());
            undoOfAnother.addAndGet(r.undoOfAnother());
            expected += r.expectedCount();
            lostByOfficers += r.lost();
            all.addAll(r.firstErrors());
            for (long i = r.firstErrors().size(); i < r.errors(); i++) {
                all.add("(one more error of that officer)");
            }
        }
        return result(count, expected, lostByOfficers, all);
    }

    private Result result(long count, long expected, long lostByOfficers, List<String> errorList) {
        long lostNow = lostByOfficers + (count >= 0 && count != expected ? Math.abs(expected - count) : 0);
        return new Result(clients, seconds, operations.get(), saves.get(), refused.get(), undos.get(),
                undoRefused.get(), undoOfAnother.get(), errorList.size(), lostNow, count, expected,
                List.copyOf(errorList.subList(0, Math.min(5, errorList.size()))));
    }

    private long sharedCount() {
        try (Store store = Store.open(file)) {
            return Long.parseLong(new VisitService(store).get(SHARED_VISIT).purpose());
        }
    }

    /** The shared visit, and on an office store the officers' logins. */
    void prepare() {
        String partner;
        try (Store store = Store.open(file).actingAs(Actor.named("setup"))) {
            partner = new RecordService(store).meeting("m-2025-10-27-gia-lai-ashikaga").partnerId();
            new VisitService(store).save(new Visit(SHARED_VISIT, PROVINCE, partner, null, null, null, "0", null,
                    List.of(), List.of(), null, List.of(), null, null, null, List.of()));
            if (store.onServer()) {
                // On an office store the officer is the login the server logs: one editor login per officer.
                vn.protocolbrief.store.Office office = new vn.protocolbrief.store.Office(store);
                office.init();
                for (int c = 0; c < clients; c++) {
                    office.addUser("officer-" + c, vn.protocolbrief.store.Office.Role.EDITOR, null);
                }
            }
        }
    }

    /** The store as the officer opens it: on a server, logged in as the officer (without a password: trust, .pgpass). */
    private String as(String officer) {
        if (!vn.protocolbrief.store.ServerAddress.isServer(file)) {
            return file;
        }
        String user = vn.protocolbrief.store.ServerAddress.parse(file).user();
        return file.contains("//" + user + "@") ? file.replace("//" + user + "@", "//" + officer + "@")
                : file.replace("postgresql://", "postgresql://" + officer + "@");
    }

    /** One of the officer's changes, newest on top: what undo must take back. */
    private record Own(String refId, String action, String previous) {
    }

    private void officer(int client, long end) {
        String name = "officer-" + client;
        Random random = new Random(client);
        Map<String, String> figures = new LinkedHashMap<>();
        Deque<Own> mine = new ArrayDeque<>();
        try (Store store = Store.open(as(name)).actingAs(Actor.named(name))) {
            RecordService records = new RecordService(store);
            VisitService visits = new VisitService(store);
            HistoryService history = new HistoryService(store);
            int n = 0;
            while (System.nanoTime() < end) {
                operations.incrementAndGet();
                int roll = random.nextInt(10);
                long began = System.nanoTime();
                try {
                    if (roll < 3) {
                        VisitService.Versioned read = visits.getVersioned(SHARED_VISIT);
                        Visit v = read.visit();
                        String was = v.purpose();
                        visits.save(new Visit(v.id(), v.provinceId(), v.partnerId(), v.date(), v.time(), v.venue(),
                                String.valueOf(Long.parseLong(was) + 1), v.leader(), v.members(), v.hosts(),
                                v.interpreter(), v.programme(), v.issuingOffice(), v.preparedBy(), v.approvedBy(),
                                v.points()), read.version());
                        increments.incrementAndGet();
                        saves.incrementAndGet();
                        mine.push(new Own(SHARED_VISIT, "edit", was));
                    } else if (roll < 5 || figures.isEmpty()) {
                        String id = "kf-soak-" + client + "-" + n++;
                        records.saveFigure(figure(id, "1"));
                        figures.put(id, "1");
                        saves.incrementAndGet();
                        mine.push(new Own(id, "create", null));
                    } else if (roll < 6) {
                        String id = new ArrayList<>(figures.keySet()).get(random.nextInt(figures.size()));
                        String value = String.valueOf(random.nextInt(1000));
                        records.saveFigure(figure(id, value));
                        mine.push(new Own(id, "edit", figures.put(id, value)));
                        saves.incrementAndGet();
                    } else if (roll < 7) {
                        undo(records, name, mine, figures);
                    } else if (roll < 9) {
                        history.search("so lieu", 20);
                    } else {
                        records.history("visit", SHARED_VISIT);
                    }
                } catch (StaleEditException e) {
                    refused.incrementAndGet();
                } catch (RuntimeException e) {
                    // which operation, after how long, and SQLite's or the server's own words
                    errors.add(name + " (" + OPERATIONS[roll] + ", " + (System.nanoTime() - began) / 1_000_000
                            + " ms): " + e.getMessage() + " [" + root(e) + "]");
                }
            }
            // Nothing lost: each of the officer's figures is in the store as the officer left it.
            for (var e : figures.entrySet()) {
                String stored = storedValue(store, e.getKey());
                if (!e.getValue().equals(stored)) {
                    lost.incrementAndGet();
                    errors.add(name + ": figure " + e.getKey() + " is " + stored + ", expected " + e.getValue());
                }
            }
        } catch (RuntimeException e) {
            errors.add(name + ": " + e);
        }
    }

    private void undo(RecordService records, String name, Deque<Own> mine, Map<String, String> figures) {
        Own expected = mine.peek();
        try {
            var undone = records.undoLast();
            if (undone.isEmpty()) {
                if (expected != null) {
                    errors.add(name + ": nothing to undo, expected " + expected);
                }
                return;
            }
            undos.incrementAndGet();
            RecordService.Change c = undone.get();
            if (!name.equals(c.actor()) || expected == null || !expected.refId().equals(c.refId())
                    || !expected.action().equals(c.action())) {
                undoOfAnother.incrementAndGet();
                errors.add(name + ": undid " + c + ", expected " + expected);
                return;
            }
            mine.pop();
            if (expected.refId().equals(SHARED_VISIT)) {
                increments.decrementAndGet();
            } else if (expected.action().equals("create")) {
                figures.remove(expected.refId());
            } else {
                figures.put(expected.refId(), expected.previous());
            }
        } catch (StaleEditException e) {
            refused.incrementAndGet();
        } catch (StoreException e) {
            // Taking back a count another officer has counted on since is refused, with who and when.
            if (expected != null && expected.refId().equals(SHARED_VISIT) && e.getMessage().contains("changed since by")) {
                undoRefused.incrementAndGet();
            } else {
                throw e;
            }
        }
    }

    /** The operation each roll of the officer's die stands for (a figure is created while the officer has none). */
    private static final String[] OPERATIONS = {"count", "count", "count", "new figure", "new figure", "edit figure",
            "undo", "search", "search", "history"};

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    private static String storedValue(Store store, String id) {
        return store.reads(r -> r.keyFigures(PROVINCE)).stream().filter(k -> k.id().equals(id)).map(KeyFigure::value)
                .findFirst().orElse(null);
    }

    private static KeyFigure figure(String id, String value) {
        return new KeyFigure(id, PROVINCE, null, "Số liệu thử", value, "người", PartialDate.of("2026"), null);
    }
}
