package vn.protocolbrief.ui.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.shell.MainViewModel.MeetingRow;
import vn.protocolbrief.ui.shell.MainViewModel.RequestRow;

/** Reads, off the FX thread, one pair's meetings and requests as the history and requests tables show them. */
final class PairHistoryRows {
    /** The history and requests of one pair, as the tables show them. */
    record Rows(List<MeetingRow> meetings, List<RequestRow> requests) {
    }

    private final Store store;
    private final Messages messages;

    PairHistoryRows(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** The pair's meetings with their leaders' names, and their requests; categories and partners named in the window's language. */
    Rows read(String provinceId, String partnerId, List<RequestCategory> categoryList, List<Partner> partnerList) {
        List<Meeting> history = new HistoryService(store).meetings(provinceId, partnerId);
        Map<String, String> categoryLabels = categoryList.stream()
                .collect(Collectors.toMap(RequestCategory::id, c -> c.label(messages.lang())));
        Map<String, Partner> partnersById = partnerList.stream().collect(Collectors.toMap(Partner::id, Function.identity()));
        Set<String> leaders = new HashSet<>();
        history.forEach(m -> m.leader().ifPresent(l -> leaders.add(l.personId())));
        Map<String, Person> people = store.reads(r -> r.persons(leaders)).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        // An English window shows a title, or a request, in the officer's English rendering where one exists.
        Function<String, String> shown = store.reads(r -> vn.protocolbrief.ui.common.EnglishShown.read(r, messages.lang()));
        List<MeetingRow> rows = history.stream().map(m -> new MeetingRow(m.id(), date(m.date()),
                m.provinceAsWritten(), m.partnerId() == null || !partnersById.containsKey(m.partnerId()) ? ""
                : partnersById.get(m.partnerId()).name(messages.lang()), m.leader().map(l -> people.containsKey(l.personId())
                ? people.get(l.personId()).displayName() : l.personId()).orElse(""), shown.apply(m.title()))).toList();
        List<RequestRow> asks = history.stream().flatMap(m -> m.requests().stream().map(r -> new RequestRow(r.id(),
                date(m.date()), r.direction().arrow(), String.join(", ", r.categories().stream()
                .map(c -> categoryLabels.getOrDefault(c, c)).toList()), shown.apply(r.text()), r.status(), r.categories())))
                .toList();
        return new Rows(rows, asks);
    }

    private String date(PartialDate d) {
        return d.known() ? DateField.format(d, messages.lang()) : messages.get("date.unknown");
    }
}
