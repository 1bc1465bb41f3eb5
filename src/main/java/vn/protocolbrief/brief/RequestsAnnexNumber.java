package vn.protocolbrief.brief;

import java.util.List;
import java.util.function.Predicate;

/**
 * The number of the annex that lists every request, as the pack numbers the annexes it shows ("Phụ lục 1" is the
 * first part after the front brief that holds something): a talking point that only counts some asks names it. The
 * emptiness of each part is the assembler's, on the lists the model is built from; {@link RecordPartsHtml#empty}
 * says the same of the built model.
 */
final class RequestsAnnexNumber {
    private RequestsAnnexNumber() {
    }

    /** 0 when the requests annex is not shown. */
    static int of(List<String> parts, Predicate<String> empty) {
        return parts.stream().filter(empty.negate()).toList().indexOf("requests") + 1;
    }
}
