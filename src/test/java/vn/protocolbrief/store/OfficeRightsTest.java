package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;

/**
 * An office store's rights are the server's: `office init` makes the roles, a reader's write is refused by
 * PostgreSQL (and said in one line) while it reads, searches and records its packs, an editor's change is logged by
 * the database's triggers with the editor's login, and undo takes back only that login's change.
 */
class OfficeRightsTest {
    private static final EmbeddedOffice OFFICE = EmbeddedOffice.server();
    private static String url;
    private static String database;
    private static Store owner;

    @BeforeAll
    static void office() {
        url = OFFICE.freshDatabase("OfficeRightsTest");
        database = url.substring(url.lastIndexOf('/') + 1);
        owner = Store.open(url);
        new Office(owner).init();
        new Office(owner).addUser(login("lan"), Office.Role.EDITOR, "lan-secret".toCharArray());
        new Office(owner).addUser(login("minh"), Office.Role.EDITOR, "minh-secret".toCharArray());
        new Office(owner).addUser(login("hoa"), Office.Role.READER, "hoa-secret".toCharArray());
    }

    @AfterAll
    static void close() {
        owner.close();
    }

    /** Logins are the server's, shared by its databases: each test database has its own. */
    private static String login(String name) {
        return name + "_" + database;
    }

    private static Store as(String name) {
        return Store.open(url.replace("postgresql://postgres@", "postgresql://" + login(name) + "@"));
    }

    @Test
    void initMakesThreeGroupRolesAndTheLoginsAreListed() {
        List<String> roles = owner.read(h -> h.createQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE ?"
                + " AND NOT rolcanlogin ORDER BY rolname").bind(0, "pb_" + database + "_%").mapTo(String.class).list());
        assertThat(roles).containsExactly("pb_" + database + "_admin", "pb_" + database + "_editor",
                "pb_" + database + "_reader");
        assertThat(new Office(owner).users()).contains(new Office.Login(login("lan"), Office.Role.EDITOR, true),
                new Office.Login(login("hoa"), Office.Role.READER, true));
    }

    @Test
    void aReaderReadsSearchesAndRecordsAPackButCannotChangeARecord() {
        try (Store reader = as("hoa")) {
            String request = firstRequest(reader);
            int followUps = count(reader, "SELECT count(*) FROM request_followup");
            int changes = count(reader, "SELECT count(*) FROM change_log");
            assertThatThrownBy(() -> new RecordService(reader).followUp(request, new FollowUp(PartialDate.UNKNOWN,
                    RequestStatus.DONE, "done by the reader", null)))
                    .isInstanceOf(RightsRefusedException.class)
                    .hasMessage("Your login (reader) may read and print but not change records. Nothing was changed.");
            assertThat(count(reader, "SELECT count(*) FROM request_followup")).isEqualTo(followUps);
            assertThat(count(reader, "SELECT count(*) FROM change_log")).isEqualTo(changes);

            assertThat(new HistoryService(reader).search("Nhật", 5)).isNotEmpty();
            String partner = reader.read(h -> h.createQuery("SELECT partner_id FROM meeting WHERE partner_id IS NOT NULL"
                    + " LIMIT 1").mapTo(String.class).one());
            String province = reader.read(h -> h.createQuery("SELECT province_id FROM meeting WHERE partner_id = ?"
                    + " LIMIT 1").bind(0, partner).mapTo(String.class).one());
            int packs = count(reader, "SELECT count(*) FROM brief_record");
            BriefRecordRepository.record(reader, new BriefRecordRepository.BriefRecord("pack-of-hoa",
                    "2026-12-06T08:00:00", province, partner, null, null, "vi", "internal", "/tmp/pack.pdf", 3, "s",
                    List.of(), null, List.of()));
            assertThat(count(reader, "SELECT count(*) FROM brief_record")).isEqualTo(packs + 1);
        }
    }

    @Test
    void anEditorsChangeIsLoggedByTheDatabaseWithTheirLoginAndOnlyTheyUndoIt() {
        String meeting;
        try (Store lan = as("lan")) {
            String request = firstRequest(lan);
            meeting = lan.read(h -> h.createQuery("SELECT meeting_id FROM request WHERE id = ?").bind(0, request)
                    .mapTo(String.class).one());
            int followUps = count(lan, "SELECT count(*) FROM request_followup");
            new RecordService(lan).followUp(request, new FollowUp(PartialDate.UNKNOWN, RequestStatus.IN_PROGRESS,
                    "called the prefecture", null));
            assertThat(count(lan, "SELECT count(*) FROM request_followup")).isEqualTo(followUps + 1);
            var last = new RecordService(lan).history("meeting", meeting);
            var entry = last.get(last.size() - 1);
            assertThat(entry.actor()).isEqualTo(login("lan"));
            assertThat(entry.action()).isEqualTo("edit");
            assertThat(entry.label()).isEqualTo("called the prefecture");
            assertThat(entry.fields()).anyMatch(f -> f.startsWith("request_followup") && f.endsWith("added"));
            assertThat(new RecordService(lan).stamp("meeting", meeting).changedBy()).isEqualTo(login("lan"));

            try (Store minh = as("minh")) {
                // Another editor has no change of theirs to undo: Lan's stays.
                assertThat(new RecordService(minh).undoLast()).isEmpty();
                assertThat(count(minh, "SELECT count(*) FROM request_followup")).isEqualTo(followUps + 1);
            }
            assertThat(new RecordService(lan).undoLast()).hasValueSatisfying(c ->
                    assertThat(c.label()).isEqualTo("called the prefecture"));
            assertThat(count(lan, "SELECT count(*) FROM request_followup")).isEqualTo(followUps);
            var after = new RecordService(lan).history("meeting", meeting);
            assertThat(after.get(after.size() - 1).action()).isEqualTo("undo");
            assertThat(after.get(after.size() - 1).actor()).isEqualTo(login("lan"));
        }
    }

    @Test
    void aWriteBehindTheApplicationsBackIsLoggedTooWithTheLogin() throws Exception {
        try (Store lan = as("lan")) {
            String meeting = lan.read(h -> h.createQuery("SELECT id FROM meeting ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
            // A client that skips the application's code: the trigger still writes the change, with the login.
            lan.write(h -> h.execute("UPDATE meeting SET venue = 'Hội trường B' WHERE id = ?", meeting));
            var history = new RecordService(lan).history("meeting", meeting);
            var entry = history.get(history.size() - 1);
            assertThat(entry.actor()).isEqualTo(login("lan"));
            assertThat(entry.fields()).contains("meeting " + meeting + ".venue");
            // And the log itself cannot be written by an editor.
            assertThatThrownBy(() -> lan.write(h -> h.execute("UPDATE change_log SET actor = 'someone else'")))
                    .isInstanceOf(RightsRefusedException.class);
        }
    }

    private static String firstRequest(Store store) {
        return store.read(h -> h.createQuery("SELECT id FROM request ORDER BY id LIMIT 1").mapTo(String.class).one());
    }

    private static int count(Store store, String sql) {
        return store.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /**
     * A password reaches the server only as its SCRAM-SHA-256 verifier: no statement the driver sends (what a server
     * logging every statement would log) holds it, and the stored verifier is the one that password logs in with.
     */
    @Test
    void aPasswordReachesTheServerOnlyAsItsScramHash() throws Exception {
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger driver = java.util.logging.Logger.getLogger("org.postgresql");
        java.util.logging.Level was = driver.getLevel();
        java.util.logging.Handler wire = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                // The message and its parameters as they are (the query text is one of them), unformatted.
                sent.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        wire.setLevel(java.util.logging.Level.ALL);
        driver.setLevel(java.util.logging.Level.ALL);
        driver.addHandler(wire);
        String password = "tuyet-mat-" + System.nanoTime();
        try {
            new Office(owner).addUser(login("thu"), Office.Role.READER, password.toCharArray());
        } finally {
            driver.removeHandler(wire);
            driver.setLevel(was);
        }
        assertThat(sent).anyMatch(m -> m.contains("CREATE ROLE")).anyMatch(m -> m.contains("SCRAM-SHA-256$"))
                .noneMatch(m -> m.contains(password));

        String verifier;
        try (var c = OFFICE.connect(database); var st = c.prepareStatement(
                "SELECT rolpassword FROM pg_authid WHERE rolname = ?")) {
            st.setString(1, login("thu"));
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                verifier = rs.getString(1);
            }
        }
        assertThat(scramVerifies(verifier, password)).isTrue();
        assertThat(scramVerifies(verifier, password + "x")).isFalse();
    }

    /** RFC 5802/7677: SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey, as PostgreSQL stores it. */
    private static boolean scramVerifies(String verifier, String password) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("SCRAM-SHA-256\\$(\\d+):([^$]+)\\$([^:]+):(.+)")
                .matcher(verifier);
        if (!m.matches()) {
            return false;
        }
        var b64 = java.util.Base64.getDecoder();
        var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), b64.decode(m.group(2)),
                Integer.parseInt(m.group(1)), 256);
        byte[] salted = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                .getEncoded();
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(salted, "HmacSHA256"));
        byte[] clientKey = mac.doFinal("Client Key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] storedKey = java.security.MessageDigest.getInstance("SHA-256").digest(clientKey);
        return java.util.Arrays.equals(storedKey, b64.decode(m.group(3)));
    }
}
