package vn.protocolbrief.ui.records;

import java.util.List;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Pickers;
import vn.protocolbrief.ui.common.RecordForm;
import vn.protocolbrief.ui.common.RecordForm.Choice;
import vn.protocolbrief.ui.common.SelectedPair;

/**
 * The forms of what the office keeps about a province beside its meetings: aid projects, key figures, links with
 * Japanese localities, sensitivities. Each returns the write that stores the record, or null when the officer
 * cancelled; an id of null means a new record.
 */
final class ProvinceFactEditors {
    private final DialogService dialogs;
    private final RecordText t;
    private final RecordService records;

    ProvinceFactEditors(DialogService dialogs, RecordText text, RecordService records) {
        this.dialogs = dialogs;
        this.t = text;
        this.records = records;
    }

    Runnable aid(PairRecords s, String id) {
        SelectedPair pair = s.pair();
        AidProject a = id == null ? null : s.aidProject(id);
        RecordForm f = new RecordForm(RecordEditors.title(t, id, "rec.newAid", "rec.editAid"), t.messages().lang())
                .text("title", t.get("rec.title"), a == null ? null : a.title(), true)
                .date("date", t.get("rec.date"), a == null ? null : a.date(), false)
                .text("donor", t.get("rec.donor"), a == null ? null : a.donor(), false)
                .text("channel", t.get("rec.channel"), a == null ? null : a.channel(), false)
                .number("amount", t.get("rec.amount"), a == null ? null : a.amount())
                .text("currency", t.get("rec.currency"), a == null ? null : a.currency(), false)
                .area("purpose", t.get("rec.purpose"), a == null ? null : a.purpose(), false, null)
                .choice("status", t.get("rec.status"), a == null ? AidStatus.APPROVED.name() : a.status().name(),
                        t.aidStatuses())
                .choice("meeting", t.get("rec.meeting"), a == null ? "" : RecordText.nz(a.meetingId()), t.meetingsOrNone(s));
        if (!dialogs.edit(f)) {
            return null;
        }
        AidProject saved = new AidProject(id != null ? id : RecordService.newId("aid-" + pair.provinceId()),
                f.value("meeting"), pair.provinceId(), pair.partnerId(), f.value("title"), f.value("donor"),
                f.value("channel"), f.number("amount"), f.value("currency"), a == null ? null : a.amountNote(),
                f.value("purpose"), AidStatus.valueOf(f.value("status")), f.date("date"), a == null ? null : a.sourceId());
        return () -> records.saveAid(saved);
    }

    Runnable figure(PairRecords s, String id) {
        SelectedPair pair = s.pair();
        KeyFigure k = id == null ? null : s.figure(id);
        RecordForm f = new RecordForm(RecordEditors.title(t, id, "rec.newFigure", "rec.editFigure"), t.messages().lang())
                .text("value", t.get("rec.value"), k == null ? null : k.value(), true)
                .text("unit", t.get("rec.unit"), k == null ? null : k.unit(), false)
                .text("label", t.get("rec.label"), k == null ? null : k.label(), true)
                .date("asOf", t.get("rec.asOf"), k == null ? null : k.asOf(), false);
        if (!dialogs.edit(f)) {
            return null;
        }
        KeyFigure saved = new KeyFigure(id != null ? id : RecordService.newId("kf-" + pair.provinceId()),
                pair.provinceId(), k == null ? null : k.partnerId(), f.value("label"), f.value("value"),
                f.value("unit"), f.date("asOf"), k == null ? null : k.sourceId());
        return () -> records.saveFigure(saved);
    }

    Runnable link(PairRecords s, String id) {
        SelectedPair pair = s.pair();
        LocalityLink l = id == null ? null : s.link(id);
        String lang = t.messages().lang();
        List<Choice> partners = s.partners().values().stream().sorted(Pickers.partnerOrder(lang))
                .map(p -> new Choice(p.id(), p.name(lang))).toList();
        RecordForm f = new RecordForm(RecordEditors.title(t, id, "rec.newLink", "rec.editLink"), t.messages().lang())
                .choice("partner", t.get("rec.partner"), l == null ? pair.partnerId() : l.partnerId(), partners)
                .text("kind", t.get("rec.kind"), l == null ? null : l.kind(), true)
                .date("since", t.get("rec.since"), l == null ? null : l.since(), false)
                .text("asWritten", t.get("rec.asWritten"), l == null ? pair.province().nameVi() : l.provinceAsWritten(),
                        false)
                .area("note", t.get("rec.note"), l == null ? null : l.note(), false, null);
        if (!dialogs.edit(f)) {
            return null;
        }
        LocalityLink saved = new LocalityLink(id != null ? id : RecordService.newId("ll-" + pair.provinceId()),
                pair.provinceId(), f.value("asWritten"), f.value("partner"), f.value("kind"), f.date("since"),
                f.value("note"), l == null ? null : l.sourceId());
        return () -> records.saveLink(saved);
    }

    Runnable sensitivity(PairRecords s, String id) {
        SelectedPair pair = s.pair();
        Sensitivity x = id == null ? null : s.sensitivity(id);
        RecordForm f = new RecordForm(RecordEditors.title(t, id, "rec.newSensitivity", "rec.editSensitivity"), t.messages().lang())
                .choice("kind", t.get("rec.kind"), x == null ? "other" : x.kind(), t.sensitivityKinds())
                .date("date", t.get("rec.date"), x == null ? null : x.date(), false)
                .area("text", t.get("rec.sensitivityText"), x == null ? null : x.text(), true, null)
                .choice("partner", t.get("rec.partner"), x == null ? "" : RecordText.nz(x.partnerId()), List.of(
                        new Choice("", t.get("rec.anyPartner")),
                        new Choice(pair.partnerId(), pair.partner().name(t.messages().lang()))));
        if (!dialogs.edit(f)) {
            return null;
        }
        Sensitivity saved = new Sensitivity(id != null ? id : RecordService.newId("sens-" + pair.provinceId()),
                pair.provinceId(), f.value("partner"), f.value("kind"), f.date("date"), f.value("text"),
                x == null ? null : x.sourceId());
        return () -> records.saveSensitivity(saved);
    }
}
