package vn.protocolbrief.store;

/** Two short articles of our own about one pair (Quảng Trị, Shizuoka), for the tests of reviewed records. */
public final class ReviewArticles {
    /** Saved in bulk in the tests: nobody has read it. */
    public static final String BULK = """
            Chủ tịch UBND tỉnh Quảng Trị tiếp Đoàn công tác tỉnh Shizuoka (Nhật Bản)

            Ngày 14/11/2026, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Lê Đức Tiến đã tiếp Đoàn công tác \
            tỉnh Shizuoka (Nhật Bản) do ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka làm trưởng đoàn.

            Chủ tịch UBND tỉnh đề nghị tỉnh Shizuoka quan tâm hỗ trợ đào tạo nguồn nhân lực ngành điều dưỡng cho tỉnh.
            """;
    /** Read by the officer before saving, in the tests that save it reviewed. */
    public static final String READ = """
            Quảng Trị và tỉnh Shizuoka (Nhật Bản) thúc đẩy hợp tác giáo dục

            Sáng 20/5/2026, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam đã tiếp Đoàn công tác \
            tỉnh Shizuoka (Nhật Bản) do ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka dẫn đầu.

            Phó Chủ tịch UBND tỉnh Hoàng Nam đề nghị tỉnh Shizuoka hỗ trợ kết nối các trường đại học của hai tỉnh \
            trong đào tạo kỹ sư nông nghiệp.
            """;

    private ReviewArticles() {
    }
}
