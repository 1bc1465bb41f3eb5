package vn.protocolbrief.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A change's label as the window says it (the undo dialog, a record's history): the label of an import of an export
 * file, written by the program, in the window's language; a label an officer wrote (a note) as written.
 */
class ChangeLabelsTest {
    @Test
    void anImportOfAnExportFileIsSaidInTheWindowsLanguage() {
        String label = "import-json of 3 records; removed agreement a-1, commitment c-2, thanks t-3, aid x-4;"
                + " 1 meeting reviewed";
        assertThat(ChangeLabels.said(new Messages("vi"), label)).isEqualTo("nhập tệp xuất: 3 bản ghi; đã bỏ thỏa"
                + " thuận a-1, cam kết c-2, lời cảm ơn t-3, dự án viện trợ x-4; 1 cuộc làm việc được ghi là đã kiểm tra");
        assertThat(ChangeLabels.said(new Messages("en"), label)).isEqualTo(label);
    }

    @Test
    void oneRecordIsOneRecordAndLabelsWrittenBeforeSayItRightToo() {
        assertThat(ChangeLabels.said(new Messages("en"), "import-json of 1 records")).isEqualTo("import-json of 1 record");
        assertThat(ChangeLabels.said(new Messages("vi"), "import-json of 1 records")).isEqualTo("nhập tệp xuất: 1 bản ghi");
        assertThat(ChangeLabels.said(new Messages("en"), "import-json of 2 records; 2 meetings reviewed"))
                .isEqualTo("import-json of 2 records; 2 meetings reviewed");
    }

    @Test
    void anOfficersOwnWordsStayAsWritten() {
        assertThat(ChangeLabels.said(new Messages("vi"), "Hai bên đã ký")).isEqualTo("Hai bên đã ký");
        assertThat(ChangeLabels.said(new Messages("vi"), "import-json of the minutes")).isEqualTo("import-json of the minutes");
        assertThat(ChangeLabels.said(new Messages("vi"), null)).isNull();
    }
}
