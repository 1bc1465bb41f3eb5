package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which word of a Japanese name is the family name (texts written for this test): the word in capitals when the
 * article writes one; otherwise the order as written, unless the name dictionary is sure the words are swapped.
 */
class JapaneseNameOrderTest extends BareStoreTest {

    private static String leader(String name) {
        Draft d = draftOf("Sáng 12/3/2025, Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy tiếp đoàn công tác của tỉnh Shiga"
                + " do Phó Thống đốc tỉnh Shiga " + name + " dẫn đầu. Hai bên trao đổi về hợp tác lao động.", "order.txt");
        return d.leader() == null ? null : d.leader().name();
    }

    @Test
    void theWordInCapitalsIsTheFamilyNameWhereverItStands() {
        assertThat(leader("Hitomi TATSUYA")).isEqualTo("TATSUYA Hitomi");
        assertThat(leader("TATSUYA Hitomi")).isEqualTo("TATSUYA Hitomi");
    }

    @Test
    void withoutCapitalsTheOrderAsWrittenStandsUnlessTheDictionaryIsSure() {
        // Both words are given names and family names in the dictionary: it cannot be sure, so the order stays.
        assertThat(leader("Hitomi Tatsuya")).isEqualTo("HITOMI Tatsuya");
        // "Tanaka" is a family name and "Hiroshi" a given name beyond doubt, whichever order the article uses.
        assertThat(leader("Hiroshi Tanaka")).isEqualTo("TANAKA Hiroshi");
        assertThat(leader("Tanaka Hiroshi")).isEqualTo("TANAKA Hiroshi");
    }
}
