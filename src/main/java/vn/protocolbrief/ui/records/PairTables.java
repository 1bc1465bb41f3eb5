package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.records.RecordsViewModel.AgreementRow;
import vn.protocolbrief.ui.records.RecordsViewModel.AidRow;
import vn.protocolbrief.ui.records.RecordsViewModel.FigureRow;
import vn.protocolbrief.ui.records.RecordsViewModel.GiftRow;
import vn.protocolbrief.ui.records.RecordsViewModel.LinkRow;
import vn.protocolbrief.ui.records.RecordsViewModel.PersonRow;
import vn.protocolbrief.ui.records.RecordsViewModel.SensitivityRow;

/** The rows of the pair's tables beyond the history, one list per kind of record, in the window's language. */
final class PairTables {
    private final Messages m;
    private final RecordText text;
    private final ObservableList<AgreementRow> agreements = FXCollections.observableArrayList();
    private final ObservableList<AidRow> aid = FXCollections.observableArrayList();
    private final ObservableList<GiftRow> gifts = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<SensitivityRow> sensitivities = FXCollections.observableArrayList();

    PairTables(Messages messages, RecordText text) {
        this.m = messages;
        this.text = text;
    }

    /** The rows of the pair's records as read. */
    void show(PairRecords s) {
        String lang = m.lang();
        agreements.setAll(s.agreements().stream().map(a -> new AgreementRow(a.id(), text.date(a.signedOn()), a.title(),
                RecordText.nz(a.parties()), text.agreementStatus(a.status()))).toList());
        aid.setAll(s.aid().stream().map(a -> new AidRow(a.id(), text.date(a.date()), a.title(), a.amount() == null ? ""
                : a.amount().toPlainString() + " " + RecordText.nz(a.currency()), text.aidStatus(a.status()))).toList());
        List<GiftRow> g = new ArrayList<>();
        for (Meeting meeting : s.meetings()) {
            for (Gift gift : meeting.gifts()) {
                g.add(new GiftRow(gift.id(), meeting.id(), text.date(meeting.date()), gift.direction().arrow(),
                        gift.item(), s.who(gift.giverPersonId(), gift.giverText()),
                        s.who(gift.receiverPersonId(), gift.receiverText())));
            }
        }
        gifts.setAll(g);
        people.setAll(s.peopleIds().stream().map(s.persons()::get)
                .sorted(Comparator.comparing((Person p) -> p.nationality() != Nationality.JP)
                        .thenComparing(p -> Text.key(p.protocolName())))
                .map(p -> new PersonRow(p.id(), p.displayName(), post(p), text.nationality(p.nationality()))).toList());
        figures.setAll(s.figures().stream().map(k -> new FigureRow(k.id(), k.value() + (k.unit() == null ? ""
                : " " + k.unit()), k.label(), text.date(k.asOf()))).toList());
        links.setAll(s.links().stream().map(l -> new LinkRow(l.id(), s.partnerName(l.partnerId(), lang),
                text.linkKind(l.kind()), l.since().known() ? text.date(l.since()) : "", RecordText.nz(l.note()))).toList());
        sensitivities.setAll(s.sensitivities().stream().map(x -> new SensitivityRow(x.id(), text.date(x.date()),
                text.sensitivity(x.kind()), x.text())).toList());
    }

    /** The post held now (else the first known), as "title, organisation". */
    private static String post(Person p) {
        return p.positions().stream().filter(Position::current).findFirst().or(() -> p.positions().stream().findFirst())
                .map(pos -> pos.title() + (pos.organisation() == null || pos.title().contains(pos.organisation()) ? ""
                        : ", " + pos.organisation())).orElse("");
    }

    ObservableList<AgreementRow> agreements() {
        return agreements;
    }

    ObservableList<AidRow> aid() {
        return aid;
    }

    ObservableList<GiftRow> gifts() {
        return gifts;
    }

    ObservableList<PersonRow> people() {
        return people;
    }

    ObservableList<FigureRow> figures() {
        return figures;
    }

    ObservableList<LinkRow> links() {
        return links;
    }

    ObservableList<SensitivityRow> sensitivities() {
        return sensitivities;
    }
}
