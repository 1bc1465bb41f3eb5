#!/usr/bin/env python3
"""fc7: writes the hostile files into /tmp/fc7/hostile (all made up here, no article text)."""
import json, os, random, shutil, sqlite3, zipfile
H = "/tmp/fc7/hostile"; shutil.rmtree(H, ignore_errors=True); os.makedirs(H)
def w(name, data, mode="wb"):
    with open(os.path.join(H, name), mode) as f: f.write(data)
random.seed(7)
w("binary.txt", os.urandom(2 * 1024 * 1024))
w("binary.bin", os.urandom(64 * 1024))
w("empty.txt", b"")
# 50 MB of a made-up Vietnamese paragraph, repeated
para = ("Ngày 12/3/2026, Chủ tịch UBND tỉnh Gia Lai tiếp Đoàn công tác của thành phố Ashikaga. "
        "Hai bên trao đổi về hợp tác giáo dục và du lịch. Phía Nhật Bản đề nghị tỉnh hỗ trợ thủ tục.\n\n")
b = para.encode("utf-8"); n = 50 * 1024 * 1024 // len(b) + 1
with open(os.path.join(H, "big-50mb.txt"), "wb") as f:
    for _ in range(n): f.write(b)
# a zip bomb named .docx: 1 GB document.xml that is valid-looking markup
with zipfile.ZipFile(os.path.join(H, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    with z.open("word/document.xml", "w", force_zip64=True) as e:
        e.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
        chunk = b"<w:p><w:r><w:t>aaaaaaaaaaaaaaaa</w:t></w:r></w:p>" * 20000
        for _ in range(1024 * 1024 * 1024 // len(chunk)): e.write(chunk)
        e.write(b"</w:body></w:document>")
# many small entries (a bomb of entries)
with zipfile.ZipFile(os.path.join(H, "many-entries.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Gia Lai</w:t></w:r></w:p></w:body></w:document>')
    for i in range(60000): z.writestr(f"junk/{i}.xml", "")
w("not-a-zip.docx", "Đây không phải là tệp Word.\n".encode("utf-8"))
w("truncated-zip.docx", open(os.path.join(H, "many-entries.docx"), "rb").read()[:5000])
html_body = ("<p>Ngày 12/3/2026, Chủ tịch UBND tỉnh Gia Lai tiếp Đoàn công tác của thành phố Ashikaga do ông "
             "Tanaka Ichiro, Phó Thị trưởng, dẫn đầu. Phía Nhật Bản đề nghị tỉnh tạo điều kiện cho doanh nghiệp.</p>")
# broken encoding: declared UTF-8, the middle in windows-1258-ish single bytes, plus stray invalid bytes
w("broken-encoding.html", b'<html><head><meta charset="utf-8"><title>Tin</title></head><body>' + html_body.encode("utf-8")[:150]
  + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE]) + html_body.encode("cp1258", "replace") + b"</body></html>")
# charset lie: says windows-1252, is UTF-8
w("charset-lie.html", ('<html><head><meta charset="windows-1252"><title>Gia Lai tiếp đoàn Ashikaga</title></head><body>'
  + html_body + "</body></html>").encode("utf-8"))
# charset lie the other way: says UTF-8, is UTF-16LE
w("charset-lie-utf16.html", ('<html><head><meta charset="utf-8"></head><body>' + html_body + "</body></html>").encode("utf-16-le"))
w("nested-10000.html", ("<html><body>" + "<div>" * 10000 + html_body + "</div>" * 10000 + "</body></html>").encode("utf-8"))
w("nested-10000-unclosed.html", ("<html><body>" + "<span><b>" * 5000 + html_body).encode("utf-8"))
# import-json
ex = json.load(open("/tmp/fc7/ex.json"))
raw = open("/tmp/fc7/ex.json", "rb").read()
w("truncated.json", raw[: len(raw) // 2])
w("existing-id.json", json.dumps({"format": 1, "meetings": [dict(ex["meetings"][0], title="Tiêu đề khác hẳn", summary="Thay bởi import-json")]}, ensure_ascii=False), "w")
m = dict(ex["meetings"][0]); m["date"] = 20231101; m["provinceId"] = ["quang-ninh"]
w("wrong-types.json", json.dumps({"format": 1, "meetings": [m]}, ensure_ascii=False), "w")
w("wrong-types2.json", json.dumps({"format": "one", "meetings": {"id": "x"}, "persons": 5}), "w")
w("wrong-types3.json", json.dumps([1, 2, 3]), "w")
m = dict(ex["meetings"][0]); m["id"] = "m-fc7-big-string"; m["summary"] = "Gia Lai " * (10 * 1024 * 1024 // 8)
m["requests"] = []; 
w("ten-mb-string.json", json.dumps({"format": 1, "meetings": [m]}, ensure_ascii=False), "w")
w("format-99.json", json.dumps({"format": 99, "meetings": []}), "w")
# stores
w("not-sqlite.db", "Đây là một tệp văn bản, không phải kho dữ liệu.\n".encode("utf-8") * 100)
w("zeros.db", b"\0" * 8192)
c = sqlite3.connect(os.path.join(H, "other-program.db")); c.execute("create table moz_places(id integer primary key, url text)")
c.execute("insert into moz_places(url) values ('https://example.org')"); c.commit(); c.close()
c = sqlite3.connect(os.path.join(H, "other-with-meeting.db")); c.execute("create table meeting(id text primary key, title text)")
c.execute("insert into meeting values ('m-1','x')"); c.commit(); c.close()
shutil.copy("/tmp/fc7/base.good.db", os.path.join(H, "newer.db"))
c = sqlite3.connect(os.path.join(H, "newer.db"))
print("history cols:", [r[1] for r in c.execute("pragma table_info(flyway_schema_history)")])
c.close()
print("made", sorted(os.listdir(H)))
