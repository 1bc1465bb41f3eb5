package vn.protocolbrief.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.ui.common.Messages;

/**
 * The province–partner pairs looked at lately, the latest first, remembered between sessions. A pair chosen whole
 * counts at once; one made with one picker at a time counts only if it stayed shown long enough to be read.
 */
public final class RecentPairs {
    /** A province–partner pair looked at lately. */
    public record RecentPair(String provinceId, String partnerId, String label) {
    }

    private static final String PREF_RECENT = "recent";
    private static final int RECENT = 8;
    /** How long a pair made with one picker at a time must stay shown before it counts as used. */
    static final long SETTLED_NANOS = 1_000_000_000L;

    private final Preferences prefs;
    private final Messages messages;
    private final List<Province> provinces;
    private final List<Partner> partners;
    private final ObservableList<RecentPair> recent = FXCollections.observableArrayList();
    private Province shownProvince;
    private Partner shownPartner;
    private long shownAt;

    /** {@code provinces} and {@code partners}: the pickers' lists, read as they are when a pair is named. */
    RecentPairs(Preferences prefs, Messages messages, List<Province> provinces, List<Partner> partners) {
        this.prefs = prefs;
        this.messages = messages;
        this.provinces = provinces;
        this.partners = partners;
    }

    ObservableList<RecentPair> list() {
        return recent;
    }

    /**
     * The pair now shown; the one shown before counts as used only if it stayed long enough to be read, so the
     * in-between pairs made while changing one picker at a time never reach the recent list.
     */
    void shownSince(Province p, Partner x) {
        if (shownProvince != null && System.nanoTime() - shownAt >= SETTLED_NANOS) {
            remember(shownProvince, shownPartner);
        }
        shownProvince = p;
        shownPartner = x;
        shownAt = System.nanoTime();
    }

    /** A pair chosen whole: it counts at once. */
    void settled(Province p, Partner x) {
        shownProvince = null;
        remember(p, x);
    }

    private void remember(Province p, Partner x) {
        try {
            rememberIn(p, x);
        } catch (IllegalStateException e) {
            // no preferences to keep the recent pairs in: they are not kept
        }
    }

    private void rememberIn(Province p, Partner x) {
        String key = p.id() + "|" + (x == null ? "" : x.id());
        List<String> keys = new ArrayList<>(List.of(prefs.get(PREF_RECENT, "").split(";")));
        keys.removeIf(k -> k.isBlank() || k.equals(key));
        keys.add(0, key);
        while (keys.size() > RECENT) {
            keys.remove(keys.size() - 1);
        }
        prefs.put(PREF_RECENT, String.join(";", keys));
        load();
    }

    /** The remembered pairs, named as the pickers now name them (a pair no longer in the lists is left out). */
    void load() {
        List<RecentPair> out = new ArrayList<>();
        for (String k : prefs.get(PREF_RECENT, "").split(";")) {
            String[] parts = k.split("\\|", -1);
            if (parts.length != 2) {
                continue;
            }
            Province p = provinces.stream().filter(q -> q.id().equals(parts[0])).findFirst().orElse(null);
            Partner x = parts[1].isEmpty() ? null
                    : partners.stream().filter(q -> q.id().equals(parts[1])).findFirst().orElse(null);
            if (p != null) {
                out.add(new RecentPair(p.id(), x == null ? null : x.id(), p.nameVi() + (x == null ? ""
                        : " — " + x.name(messages.lang()))));
            }
        }
        recent.setAll(out);
    }
}
