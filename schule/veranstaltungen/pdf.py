"""A minimal, valid one-page PDF, written by hand for the demo's example material.

No dependency: the demo only needs small documents that open in any viewer
and say what they are. Text uses the standard Helvetica fonts with
WinAnsiEncoding, which covers German umlauts and ß.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
WRAP = 88


def _pdf_text(text):
    """A PDF literal string in WinAnsiEncoding (cp1252); unknown characters become "?"."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _info_text(text):
    """A document-information string as UTF-16BE with byte-order mark (any character)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _content(title, lines):
    ops = [b"BT", b"/F1 18 Tf", f"{MARGIN} {PAGE_HEIGHT - MARGIN - 18} Td".encode(), b"22 TL"]
    for part in textwrap.wrap(title, 52) or [""]:
        ops += [_pdf_text(part) + b" Tj", b"T*"]
    ops += [b"/F2 11 Tf", b"15 TL", b"T*"]
    for line in lines:
        for part in textwrap.wrap(line, WRAP) or [""]:
            ops += [_pdf_text(part) + b" Tj", b"T*"]
    ops.append(b"ET")
    return b"\n".join(ops)


def minimal_pdf(title, lines, author="Südwestfalen Agentur (Beispiel)"):
    """Bytes of a one-page A4 PDF 1.4 showing ``title`` and ``lines``."""
    content = _content(title, lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Title "
        + _info_text(title)
        + b" /Author "
        + _info_text(author)
        + b" /Subject "
        + _info_text("Beispielmaterial")
        + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
