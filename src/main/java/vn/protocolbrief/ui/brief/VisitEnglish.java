package vn.protocolbrief.ui.brief;

import static vn.protocolbrief.ui.brief.VisitForm.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;

/**
 * The visit form's English (venue, purpose, issuing office, each programme item) for an English pack: shown with the
 * visit, and saved after it through {@link EnglishRenderingService}, the service `visit add/edit --venue-en
 * --purpose-en --office-en --programme-en` uses, so the window and the command line keep the same renderings. Only a
 * field the officer changed is written (each write is an undoable change); an emptied field removes its rendering.
 */
final class VisitEnglish {
    private VisitEnglish() {
    }

    /** One English field of the form: the rendering's kind and number, the Vietnamese it renders, the typed English. */
    private record Field(String kind, int note, String vietnamese, StringProperty english, String label) {
    }

    private static List<Field> fields(VisitForm form, Messages messages) {
        List<Field> out = new ArrayList<>();
        out.add(new Field(EnglishRendering.VISIT_VENUE, 0, form.venueProperty().get(), form.venueEnProperty(),
                messages == null ? null : messages.get("composer.venue")));
        out.add(new Field(EnglishRendering.VISIT_PURPOSE, 0, form.purposeProperty().get(), form.purposeEnProperty(),
                messages == null ? null : messages.get("composer.purpose")));
        out.add(new Field(EnglishRendering.VISIT_OFFICE, 0, form.officeProperty().get(), form.officeEnProperty(),
                messages == null ? null : messages.get("composer.office")));
        // The programme's items are numbered as the saved visit keeps them: the lines with an item, in order.
        int n = 0;
        for (VisitForm.ProgrammeRow r : form.programme()) {
            if (!blank(r.item().get()) || !blank(r.itemEn().get())) {
                out.add(new Field(EnglishRendering.VISIT_PROGRAMME, n++, r.item().get(), r.itemEn(),
                        messages == null ? null : messages.get("composer.programme") + " " + n));
            }
        }
        return out;
    }

    /** Fills the form's English fields with the visit's renderings (empty for a new visit). */
    static void show(Store store, VisitForm form, Visit v) {
        EnglishRenderingService service = v == null ? null : new EnglishRenderingService(store);
        for (Field f : fields(form, null)) {
            f.english().set(v == null ? "" : service.get(f.kind(), v.id(), f.note()).map(EnglishRendering::text)
                    .orElse(""));
        }
    }

    /** False, with the error on the form, when English is typed for a field whose Vietnamese is empty. */
    static boolean check(VisitForm form, Messages messages) {
        List<String> alone = fields(form, messages).stream().filter(f -> blank(f.vietnamese()) && !blank(
                f.english().get())).map(Field::label).toList();
        if (alone.isEmpty()) {
            return true;
        }
        form.error("english").set(messages.format("composer.error.englishAlone", String.join(", ", alone)));
        return false;
    }

    /** Writes each English field that differs from the saved visit's rendering; an emptied one is removed. */
    static void save(Store store, VisitForm form, Visit saved) {
        EnglishRenderingService service = new EnglishRenderingService(store);
        for (Field f : fields(form, null)) {
            if (blank(f.vietnamese())) {
                continue;
            }
            String typed = Text.clean(f.english().get());
            String kept = service.get(f.kind(), saved.id(), f.note()).map(EnglishRendering::text).orElse(null);
            if (!Objects.equals(typed, kept)) {
                service.set(f.kind(), saved.id(), f.note(), typed == null ? "" : typed);
            }
        }
    }
}
