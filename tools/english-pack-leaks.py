#!/usr/bin/env python3
"""Counts, in English packs (.docx, or the .xhtml the PDF is laid out from: `brief --xhtml`), the words with Vietnamese letters outside runs marked as the Vietnamese original
(language vi-VN, the runs after a [VI] mark), and Vietnamese words stripped of their marks ("tinh", "UBND", "Doan cong
tac") outside them, and the share of the pack's words that are Vietnamese (marked originals and leaks over all words:
how much of the English pack an English reader cannot read). Usage: english-pack-leaks.py PACK.docx|PACK.xhtml...
(issue 19)."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
STRIPPED = re.compile(r"\b(TP|TPHCM|tinh|huyen|thanh pho|thi xa|phuong|cu|UBND|HDND|DBQH|Uy ban|Doan cong tac"
                      r"|Doan dai bieu|Chu tich|Bi thu|Tinh uy|nhan dan|cua|va|tai|qua luu niem)\b")

def xhtml_outside(path):
    """The XHTML's body outside the spans marked lang="vi"; spans holding a name or date together unwrapped first."""
    body = open(path, encoding="utf-8").read()
    body = body[body.index("<body"):]
    before = None
    while before != body:
        before = body
        body = re.sub(r'<span class="nw">([^<]*)</span>', r"\1", body)
    original = sum(len(x.split()) for x in re.findall(r'<span lang="vi">([^<]*)</span>', body))
    outside = re.sub(r"<[^>]+>", " ", re.sub(r'<span lang="vi">[^<]*</span>', " ", body))
    return [outside.replace("&#39;", "'").replace("&amp;", "&")], original


def report(path, outside, original):
    # A web address is the source's own spelling, not a sentence of the pack.
    text = re.sub(r"https?://\S+", " ", " ".join(outside))
    words = [w for w in re.findall(r"\w+", text) if VIETNAMESE.search(w)]
    stripped = STRIPPED.findall(text)
    total = len(text.split()) + original
    share = 100.0 * (original + len(words)) / total if total else 0.0
    print(f"{path}: {len(words)} Vietnamese words outside originals, {len(stripped)} stripped Vietnamese words "
          f"outside originals, {original} words in marked originals; Vietnamese share {original + len(words)}/{total}"
          f" words = {share:.1f} %"
          + (f"; e.g. {' '.join(words[:8])} / {' '.join(stripped[:8])}" if words or stripped else ""))


for path in sys.argv[1:]:
    if path.endswith(".xhtml"):
        outside, original = xhtml_outside(path)
        report(path, outside, original)
        continue
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    outside, original = [], 0
    for run in root.iter(W + "r"):
        lang = run.find(W + "rPr/" + W + "lang")
        text = "".join(t.text or "" for t in run.iter(W + "t"))
        if lang is not None and lang.get(W + "val") == "vi-VN":
            original += len(text.split())
        else:
            outside.append(text)
    report(path, outside, original)
