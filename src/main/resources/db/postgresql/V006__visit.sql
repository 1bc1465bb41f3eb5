-- PostgreSQL twin of db/migration/V006__visit.sql.
-- The coming visit a pack is for (DESIGN.md "visit"): when and where, the expected delegation, our participants,
-- the interpreter, the programme, who issues, prepares and approves the pack, and the talking points as edited.
CREATE TABLE visit (
    id             text COLLATE "C" PRIMARY KEY,
    province_id    text COLLATE "C" NOT NULL REFERENCES province (id) DEFERRABLE,
    partner_id     text COLLATE "C" NOT NULL REFERENCES partner (id) DEFERRABLE,
    date           text COLLATE "C",
    time           text COLLATE "C",
    venue          text COLLATE "C",
    purpose        text COLLATE "C",
    interpreter    text COLLATE "C",
    issuing_office text COLLATE "C",
    prepared_by    text COLLATE "C",
    approved_by    text COLLATE "C",
    updated_at     text COLLATE "C" NOT NULL
);
CREATE INDEX visit_pair ON visit (province_id, partner_id, date DESC);

-- The expected delegation (side 'jp': one leader, members) and our participants (side 'vn'). A person may be one
-- of the store's (person_id) or only a name and title typed for this visit.
CREATE TABLE visit_person (
    visit_id  text COLLATE "C" NOT NULL REFERENCES visit (id) ON DELETE CASCADE DEFERRABLE,
    ordinal   bigint NOT NULL,
    side      text COLLATE "C" NOT NULL CHECK (side IN ('jp', 'vn')),
    role      text COLLATE "C" NOT NULL CHECK (role IN ('leader', 'member', 'host')),
    person_id text COLLATE "C" REFERENCES person (id) DEFERRABLE,
    name      text COLLATE "C",
    title     text COLLATE "C",
    PRIMARY KEY (visit_id, ordinal),
    CHECK (person_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX visit_person_person ON visit_person (person_id);

CREATE TABLE visit_programme (
    visit_id text COLLATE "C" NOT NULL REFERENCES visit (id) ON DELETE CASCADE DEFERRABLE,
    ordinal  bigint NOT NULL,
    time     text COLLATE "C",
    item     text COLLATE "C" NOT NULL,
    PRIMARY KEY (visit_id, ordinal)
);

-- Talking points the officer edited (none: the pack derives them). Each keeps the records and sources it came from.
CREATE TABLE visit_point (
    visit_id   text COLLATE "C" NOT NULL REFERENCES visit (id) ON DELETE CASCADE DEFERRABLE,
    ordinal    bigint NOT NULL,
    kind       text COLLATE "C" NOT NULL,
    text       text COLLATE "C" NOT NULL,
    record_ids text COLLATE "C" NOT NULL DEFAULT '',
    source_ids text COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (visit_id, ordinal)
);

-- A pack names its visit and keeps the talking points exactly as printed.
ALTER TABLE brief_record ADD COLUMN visit_id text COLLATE "C";
ALTER TABLE brief_record ADD COLUMN points text COLLATE "C";

-- The demo data said more than its five articles: corrected where a store still holds it unchanged.
-- Kanji of the demo's Japanese persons came from outside the articles.
UPDATE person SET kanji = NULL, note = NULL
 WHERE (id, kanji) IN (VALUES ('ito-naoki', '伊藤直樹'), ('hayakawa-naohide', '早川尚秀'),
                              ('suzuki-naomichi', '鈴木直道'), ('takebe-tsutomu', '武部勤'));
-- Cầu Bãi Cháy and Cung Văn hóa Lao động Việt - Nhật are called symbols of friendship, not Hokkaido's aid.
DELETE FROM aid_project WHERE id IN ('aid-quang-ninh-bai-chay', 'aid-quang-ninh-cung-van-hoa') AND partner_id IS NULL
   AND purpose = 'Công trình biểu tượng của tình hữu nghị Việt - Nhật';
-- Notes to staff had been written into text that packs print.
UPDATE sensitivity SET text = replace(text, ' — lời cảm ơn cần được nhắc lại', '')
 WHERE id = 'sen-cao-bang-yagi';
UPDATE meeting SET summary = replace(summary, ' Bài báo không nêu ngày làm việc (đăng ngày 04/10/2025).', '')
 WHERE id = 'm-2025-ninh-binh-embassy';
UPDATE meeting SET summary = replace(summary, ' Bài báo đăng ngày 17/11/2023 và không nêu ngày hội đàm.', '')
 WHERE id = 'm-2023-11-quang-ninh-hokkaido';
UPDATE meeting SET summary = replace(summary, ' Bài báo không nêu ngày.', '')
 WHERE id = 'm-cao-bang-embassy';
UPDATE meeting SET summary = 'Năm 2024, TP Ashikaga (tỉnh Tochigi) và TP Quy Nhơn (tỉnh Bình Định cũ) ký kết thiết lập'
       || ' quan hệ hữu nghị hợp tác về du lịch và giao lưu văn hóa.'
 WHERE id = 'm-2024-binh-dinh-ashikaga' AND summary LIKE '%Nguồn chỉ nhắc lại sự kiện%';
-- Takebe Tsutomu spoke at the 2023 talks; nothing says he travelled with the Governor.
UPDATE participant SET role = 'attendee'
 WHERE meeting_id = 'm-2023-11-quang-ninh-hokkaido' AND person_id = 'takebe-tsutomu' AND role = 'member';
-- Headlines the curator wrote are not the articles' titles (three were saved without one).
UPDATE source SET title = NULL
 WHERE (id, title) IN (VALUES
   ('src-000-ninh-binh-embassy', 'Đại sứ Nhật Bản Ito Naoki chúc mừng và làm việc với tỉnh Ninh Bình'),
   ('src-002-gia-lai-ashikaga', 'Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Tuấn Thanh tiếp Đoàn công tác TP Ashikaga'),
   ('src-004-cao-bang-embassy', 'Bí thư Tỉnh ủy Cao Bằng Quản Minh Cường tiếp Đại sứ Nhật Bản ITO Naoki'));
UPDATE request SET text = 'Tiếp tục quan tâm giới thiệu, hỗ trợ phát triển thêm quan hệ hợp tác giữa các đối tác, địa phương'
       || ' mới của Nhật Bản với tỉnh Ninh Bình, cùng với việc duy trì và nâng tầm quan hệ với các đối tác, địa phương cũ.'
 WHERE id = 'r-ninh-binh-2' AND text LIKE '%ba tỉnh cũ Ninh Bình, Hà Nam, Nam Định.';
