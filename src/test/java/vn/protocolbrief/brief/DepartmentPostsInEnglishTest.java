package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 19 (rd18, an imported pair's English delegation table): posts of a province's departments were printed only
 * in Vietnamese, marked [VI]. The departments of a provincial People's Committee have official English names (general
 * data, posts-en.csv), their deputies too; a department whose name holds a comma is one body, not two posts.
 */
class DepartmentPostsInEnglishTest {
    private final Addressing en = new Addressing("en");

    @Test
    void departmentPostsAreInEnglish() {
        assertThat(en.english("Giám đốc Sở Y tế")).isEqualTo("Director of the Department of Health");
        assertThat(en.english("Phó Giám đốc Sở Công Thương")).isEqualTo("Deputy Director of the Department of Industry and Trade");
        assertThat(en.english("Giám đốc Sở Văn hóa, Thể thao và Du lịch"))
                .isEqualTo("Director of the Department of Culture, Sports and Tourism");
        assertThat(en.english("Tỉnh ủy viên, Giám đốc Sở Xây dựng"))
                .isEqualTo("Member of the Provincial Party Committee, Director of the Department of Construction");
        assertThat(en.english("Trưởng Ban Quản lý các khu công nghiệp tỉnh"))
                .isEqualTo("Head of the Provincial Industrial Parks Management Board");
    }
}
