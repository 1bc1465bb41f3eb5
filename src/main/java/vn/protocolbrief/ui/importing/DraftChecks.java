package vn.protocolbrief.ui.importing;

import static vn.protocolbrief.ui.importing.DraftForm.blank;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.ui.importing.DraftItems.AgreementItem;
import vn.protocolbrief.ui.importing.DraftItems.AidItem;
import vn.protocolbrief.ui.importing.DraftItems.FigureItem;
import vn.protocolbrief.ui.importing.DraftItems.RequestItem;

/** What must be fixed in a draft under review before it can be saved, field by field, as message keys. */
final class DraftChecks {
    private DraftChecks() {
    }

    /**
     * What must be fixed before saving, by field ("date", "province", "partner", "request.2" …), as message
     * keys; empty when the form can be saved.
     */
    static Map<String, String> errors(DraftForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        dateError(form.date.get()).ifPresent(e -> errors.put("date", e));
        dateError(form.published.get()).ifPresent(e -> errors.put("published", e));
        if (form.province.get() == null) {
            errors.put("province", "review.error.province");
        }
        // Every meeting cites where it is known from: a publication, an address, or the text itself.
        if (blank(form.sourceText.get()) && blank(form.publication.get()) && blank(form.url.get()) && blank(form.officersNote())) {
            errors.put("source", "review.error.source");
        }
        if (form.partner.get() == null && blank(form.newPartnerName.get())) {
            errors.put("partner", "review.error.partner");
        }
        if (blank(form.leaderName.get()) && !blank(form.leaderTitle.get())) {
            errors.put("leader", "review.error.leader");
        }
        for (int i = 0; i < form.requests.size(); i++) {
            RequestItem r = form.requests.get(i);
            if (r.include.get() && blank(r.text.get())) {
                errors.put("request." + i, "review.error.requestText");
            } else if (r.include.get() && r.categories.isEmpty() && !form.handEntered()) {
                errors.put("request." + i, "review.error.category");
            }
        }
        for (int i = 0; i < form.gifts.size(); i++) {
            if (form.gifts.get(i).include.get() && blank(form.gifts.get(i).item.get())) {
                errors.put("gift." + i, "review.error.required");
            }
        }
        for (int i = 0; i < form.agreements.size(); i++) {
            AgreementItem a = form.agreements.get(i);
            if (a.include.get() && blank(a.title.get())) {
                errors.put("agreement." + i, "review.error.required");
            } else if (a.include.get()) {
                int index = i;
                dateError(a.date.get()).ifPresent(e -> errors.put("agreement." + index, e));
            }
        }
        for (int i = 0; i < form.aid.size(); i++) {
            AidItem a = form.aid.get(i);
            if (a.include.get() && blank(a.title.get())) {
                errors.put("aidTitle." + i, "review.error.required");
            } else if (a.include.get() && !blank(a.amount.get()) && amount(a.amount.get()) == null) {
                errors.put("form.aid." + i, "review.error.amount");
            }
        }
        for (int i = 0; i < form.figures.size(); i++) {
            FigureItem f = form.figures.get(i);
            if (f.include.get() && (blank(f.label.get()) || blank(f.value.get()))) {
                errors.put("figure." + i, "review.error.required");
            }
        }
        return errors;
    }

    private static java.util.Optional<String> dateError(String text) {
        try {
            DateInput.parse(text);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of("review.error.date");
        }
    }

    /** "50000", "50.000" or "50,000" as a number; null when it is not one. */
    static BigDecimal amount(String text) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replace(" ", "");
        if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
            digits = digits.replaceAll("[.,]", "");
        }
        try {
            return new BigDecimal(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
