package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.service.HistoryService;

class SearchTest {
    @TempDir
    static Path dir;
    static Store store;
    static HistoryService history;

    @BeforeAll
    static void open() {
        store = Store.open(dir.resolve("search.db"));
        history = new HistoryService(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<SearchIndex.Hit> search(String q) {
        return history.search(q, 10);
    }

    @Test
    void findsAPersonWithoutDiacriticsOrTheDStroke() {
        List<SearchIndex.Hit> hits = search("dang xuan phong");
        assertThat(hits.get(0).kind()).isEqualTo(SearchIndex.Kind.PERSON);
        assertThat(hits.get(0).title()).isEqualTo("Đặng Xuân Phong");
        assertThat(search("ĐẶNG XUÂN PHONG").get(0).refId()).isEqualTo("dang-xuan-phong");
    }

    @Test
    void findsThePomeloRequestAndShowsTheOriginalTextAroundIt() {
        List<SearchIndex.Hit> hits = search("buoi doan hung");
        assertThat(hits.get(0).kind()).isEqualTo(SearchIndex.Kind.REQUEST);
        assertThat(hits.get(0).refId()).isEqualTo("r-phu-tho-6");
        assertThat(hits.get(0).snippet()).contains("bưởi Đoan Hùng");
    }

    @Test
    void findsTheQuangNinhMeetingByItsPartner() {
        assertThat(search("hokkaido")).extracting(SearchIndex.Hit::refId)
                .contains("m-2023-11-quang-ninh-hokkaido", "pref-hokkaido", "suzuki-naomichi");
    }

    @Test
    void wordsMatchAsPrefixesAndAllMustMatch() {
        assertThat(search("hokk")).extracting(SearchIndex.Hit::refId).contains("pref-hokkaido");
        assertThat(search("hokkaido unicef")).isEmpty();
    }

    @Test
    void aPhraseRanksBeforeScatteredWords() {
        assertThat(search("trong dong").get(0).refId()).isEqualTo("m-2025-11-25-phu-tho-embassy");
        assertThat(search("trong dong").get(0).snippet()).contains("Trống đồng");
    }

    @Test
    void findsKanji() {
        assertThat(search("足利市")).extracting(SearchIndex.Hit::refId).first().isEqualTo("ashikaga");
        assertThat(search("栃木県")).extracting(SearchIndex.Hit::refId).contains("pref-tochigi");
    }

    @Test
    void emptyAndPunctuationOnlyQueriesFindNothing() {
        assertThat(search("  ")).isEmpty();
        assertThat(search("\"*")).isEmpty();
    }
}
