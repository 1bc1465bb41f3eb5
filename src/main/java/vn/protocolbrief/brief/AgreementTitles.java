package vn.protocolbrief.brief;

import java.util.List;
import vn.protocolbrief.domain.Text;

/**
 * An agreement's title as it reads after "ký" / "ký kết" in a Vietnamese sentence. Records keep titles as the
 * article wrote them: often a document ("Biên bản ghi nhớ …", "Thỏa thuận …"), sometimes only what was done
 * ("Thiết lập quan hệ hữu nghị …", "Hợp tác về du lịch"). "Hai bên đã ký Thiết lập quan hệ …" cannot be said: a
 * title that does not open with a kind of document is said as one ("văn bản thiết lập quan hệ …", "văn bản về …").
 * An English pack never puts the title inside its sentence ("signed the agreement below"), so needs no such form.
 */
final class AgreementTitles {
    /** Kinds of document a title may open with (general administrative Vietnamese, folded). */
    private static final List<String> DOCUMENTS = List.of("bien ban", "ban ghi nho", "ghi nho", "thoa thuan",
            "hiep dinh", "hiep uoc", "nghi dinh thu", "hop dong", "van ban", "y dinh thu", "thu y dinh", "tuyen bo",
            "ke hoach", "chuong trinh", "cong ham", "ban cam ket", "cam ket", "quy che", "de an", "du an", "khung",
            "mou");

    /**
     * Verbs (or nouns) of action a title may open with: the document is "văn bản" of that action. Any other opening
     * is a subject, said "văn bản về …".
     */
    private static final List<String> ACTIONS = List.of("thiet lap", "ket nghia", "hop tac", "trao doi", "thuc day",
            "tang cuong", "phat trien", "xay dung", "ho tro", "dao tao", "tiep nhan", "phai cu", "giao luu", "ket noi",
            "chuyen giao", "dau tu", "mo rong", "nang cap", "trien khai", "thuc hien", "thanh lap", "cung co",
            "nang tam", "xuc tien", "quang ba", "chia se", "tai tro", "vien tro");

    private AgreementTitles() {
    }

    /** The title as the object of "ký": as written when it names a document, else "văn bản (về) …". */
    static String asDocument(String title) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = title.strip();
        String folded = Text.fold(t).toLowerCase(java.util.Locale.ROOT);
        if (opensWith(folded, DOCUMENTS)) {
            return t;
        }
        String rest = SpeechText.lowerFirst(t);
        return opensWith(folded, ACTIONS) ? "văn bản " + rest : "văn bản về " + rest;
    }

    private static boolean opensWith(String folded, List<String> words) {
        for (String w : words) {
            if (folded.equals(w) || folded.startsWith(w + " ") || folded.startsWith(w + ":")
                    || folded.startsWith(w + ",")) {
                return true;
            }
        }
        return false;
    }
}
