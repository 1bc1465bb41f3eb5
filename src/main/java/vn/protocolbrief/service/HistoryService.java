package vn.protocolbrief.service;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.store.SearchIndex;
import vn.protocolbrief.store.Store;

/** A province's history with Japanese partners: meetings and requests, newest first, predecessors included. */
public final class HistoryService {
    private final Store store;

    public HistoryService(Store store) {
        this.store = store;
    }

    public List<Meeting> meetings(String provinceId, String partnerId) {
        return store.reading(work -> work.meetings().history(provinceId, partnerId));
    }

    /** A request with where and when it was raised. */
    public record RequestRow(Request request, String meetingId, PartialDate meetingDate, String provinceId,
                             String provinceAsWritten, String partnerId) {
    }

    public List<RequestRow> requests(String provinceId, String partnerId, RequestStatus status, String categoryId) {
        List<RequestRow> out = new ArrayList<>();
        for (Meeting m : meetings(provinceId, partnerId)) {
            for (Request r : m.requests()) {
                if (status != null && r.status() != status) {
                    continue;
                }
                if (categoryId != null && !r.categories().contains(categoryId)) {
                    continue;
                }
                out.add(new RequestRow(r, m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.partnerId()));
            }
        }
        return out;
    }

    public List<SearchIndex.Hit> search(String text, int limit) {
        // One read transaction: the ranked rows and their text are read from the same state of the index, whatever
        // is written meanwhile (read apart, a row re-indexed between the two was missing: a NullPointerException).
        return store.snapshotting(work -> work.search(text, limit));
    }
}
