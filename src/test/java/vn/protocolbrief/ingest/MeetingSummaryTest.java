package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A saved meeting's summary is the article's first real paragraph, never its "source: …" header line. */
class MeetingSummaryTest {
    private static final String LEAD = "Sáng 2/3, Chủ tịch UBND tỉnh tiếp đoàn công tác tỉnh Kagawa do Phó Thống đốc "
            + "dẫn đầu; hai bên trao đổi về giao lưu nông nghiệp và tiếp nhận thực tập sinh.";

    @Test
    void aLongSourceAddressIsNotTheSummary() {
        String text = "source: https://bao-tinh.example.vn/chinh-tri/lanh-dao-tinh-tiep-doan-cong-tac-tinh-kagawa"
                + "-nhat-ban-trao-doi-hop-tac-123456.html\n"
                + "title: Lãnh đạo tỉnh tiếp đoàn tỉnh Kagawa\n\n"
                + "Thứ Hai, 02/03/2026\n\n"
                + LEAD + "\n";
        assertThat(TitlesAndSummary.summaryOf(text)).isEqualTo(LEAD);
    }

    @Test
    void aLongParagraphIsPreferredAndNothingIsNothing() {
        String lead = "Chiều 5/6, lãnh đạo tỉnh tiếp và làm việc với đoàn doanh nghiệp Nhật Bản đến tìm hiểu môi "
                + "trường đầu tư; hai bên trao đổi về hạ tầng khu công nghiệp và nguồn lao động của tỉnh.";
        assertThat(TitlesAndSummary.summaryOf("Ngắn.\n" + lead)).isEqualTo(lead);
        assertThat(TitlesAndSummary.summaryOf("  \n")).isNull();
    }

    /** A photo's caption (it ends with the photographer's credit) tells the picture, not the meeting. */
    @Test
    void aCaptionWithItsPhotoCreditIsNotTheSummary() {
        String caption = "Phó Chủ tịch UBND tỉnh tặng quà lưu niệm cho Phó Thống đốc tỉnh Kagawa tại buổi làm việc chiều "
                + "2/3 ở trụ sở UBND tỉnh. Ảnh: Minh Châu";
        assertThat(TitlesAndSummary.summaryOf(caption + "\n\n" + LEAD + "\n")).isEqualTo(LEAD);
    }
}
