package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.RecordForm;
import vn.protocolbrief.ui.common.SelectedPair;

/**
 * The form of a person with their posts as rows: post, organisation, from, to (dates day first, as the window
 * writes them). Returns the write that stores the person, or null when the officer cancelled; a save is checked
 * against the version the person was read at.
 */
final class PersonEditor {
    private final DialogService dialogs;
    private final RecordText t;
    private final RecordService records;
    private final vn.protocolbrief.service.SensitiveService sensitive;

    PersonEditor(DialogService dialogs, RecordText text, RecordService records,
                 vn.protocolbrief.service.SensitiveService sensitive) {
        this.dialogs = dialogs;
        this.t = text;
        this.records = records;
        this.sensitive = sensitive;
    }

    /** {@code version}: the version the person was read at (null: a new person, nothing to check). */
    Runnable person(PairRecords s, String id, Long version) {
        SelectedPair pair = s.pair();
        Person p = id == null ? null : s.person(id);
        String lang = t.messages().lang();
        boolean wasSensitive = id != null && sensitive.of("person", id).isPresent();
        List<Map<String, String>> posts = new ArrayList<>();
        if (p != null) {
            for (Position pos : p.positions()) {
                posts.add(Map.of("title", pos.title(), "organisation", RecordText.nz(pos.organisation()),
                        "from", pos.from().known() ? DateField.format(pos.from(), lang) : "",
                        "to", pos.to().known() ? DateField.format(pos.to(), lang) : ""));
            }
        }
        RecordForm f = new RecordForm(RecordEditors.title(t, id, "rec.newPerson", "rec.editPerson"), lang)
                .text("family", t.get("rec.family"), p == null ? null : p.familyName(), true)
                .text("given", t.get("rec.given"), p == null ? null : p.givenName(), false)
                .text("kanji", t.get("rec.kanji"), p == null ? null : p.kanji(), false)
                .choice("nationality", t.get("rec.nationality"), p == null ? null : p.nationality().name(),
                        t.nationalities())
                .text("honorific", t.get("rec.honorific"), p == null ? null : p.honorific(), false)
                .rows("posts", t.get("rec.posts"), List.of(
                        new RecordForm.Column("title", t.get("rec.postTitle"), false, true),
                        new RecordForm.Column("organisation", t.get("rec.postOrganisation"), false, false),
                        new RecordForm.Column("from", t.get("rec.postFrom"), true, false),
                        new RecordForm.Column("to", t.get("rec.postTo"), true, false)), t.get("rec.postsPrompt"), posts)
                .rowRule("posts", PersonEditor::postError)
                .area("note", t.get("rec.note"), p == null ? null : p.note(), false, null)
                .check("sensitive", t.get("rec.sensitive"), wasSensitive, t.get("rec.sensitiveMeans"));
        if (p == null) {
            f.field("posts").addRow(Map.of());
        }
        if (!dialogs.edit(f)) {
            return null;
        }
        Nationality nationality = Nationality.valueOf(f.value("nationality"));
        String personId = id != null ? id
                : RecordService.newId(Text.key(f.value("family") + " " + RecordText.nz(f.value("given"))).replace(' ', '-'));
        List<Position> positions = new ArrayList<>();
        for (Map<String, String> row : f.rows("posts")) {
            // A post that was there keeps its links and source; a new one belongs to the partner (a Japanese
            // person) or the province (a Vietnamese one).
            Position old = p == null ? null : p.positions().stream().filter(x -> x.title().equals(row.get("title")))
                    .findFirst().orElse(null);
            positions.add(new Position(personId + "#" + positions.size(), row.get("title"), row.get("organisation"),
                    old != null ? old.partnerId() : nationality == Nationality.JP ? pair.partnerId() : null,
                    old != null ? old.provinceId() : nationality == Nationality.VN ? pair.provinceId() : null,
                    DateInput.parse(row.get("from")), DateInput.parse(row.get("to")), old == null ? null : old.sourceId()));
        }
        Person saved = new Person(personId, f.value("family"), f.value("given"), f.value("kanji"), nationality,
                f.value("honorific"), f.value("note"), positions);
        boolean sensitiveNow = f.checked("sensitive");
        // The mark is its own change, made after the person is saved (a new person exists only then).
        Runnable mark = () -> {
            if (sensitiveNow != wasSensitive) {
                sensitive.set("person", personId, sensitiveNow);
            }
        };
        if (version != null && !f.changedBesides("sensitive")) {
            // Only the box: the mark alone, refused when a colleague changed the person since the form opened.
            return new VersionedWrite(version, basedOn -> sensitive.set("person", personId, sensitiveNow, basedOn),
                    () -> sensitive.set("person", personId, sensitiveNow), describe(saved), fresh -> {
                        Person now = fresh.persons().get(saved.id());
                        return now == null ? "" : describe(now);
                    });
        }
        if (version != null) {
            return new VersionedWrite(version, basedOn -> {
                records.savePerson(saved, basedOn);
                mark.run();
            }, () -> {
                records.savePerson(saved);
                mark.run();
            }, describe(saved), fresh -> {
                        Person now = fresh.persons().get(saved.id());
                        return now == null ? "" : describe(now);
                    });
        }
        return () -> {
            records.savePerson(saved);
            mark.run();
        };
    }

    /** A post's dates in order (a row's cells are already known to be dates). */
    static String postError(Map<String, String> row) {
        PartialDate from = DateInput.parse(row.get("from"));
        PartialDate to = DateInput.parse(row.get("to"));
        if (from.known() && to.known()) {
            int n = Math.min(from.iso().length(), to.iso().length());
            if (from.iso().substring(0, n).compareTo(to.iso().substring(0, n)) > 0) {
                return "form.error.dateOrder";
            }
        }
        return null;
    }

    private static String describe(Person p) {
        return p.protocolName() + (p.positions().isEmpty() ? "" : "\n" + String.join("; ", p.positions().stream()
                .map(x -> x.title() + (x.organisation() == null ? "" : ", " + x.organisation())).toList()))
                + (p.note() == null ? "" : "\n" + p.note());
    }
}
