"""Lay out a :class:`~synthstudio.core.report.datasheet.Datasheet` as a PDF with ReportLab.

What a reader (and an archive) gets: a cover page with the key facts and the contents, one
numbered heading per section (also in the PDF outline), tables that split across pages with
their header row repeated, charts drawn from matplotlib Figures, "Page 3 of 9" on every page,
document metadata, only embedded fonts, and an empty signature field in the Signature section
where :func:`synthstudio.core.report.sign_pdf.sign_pdf` later puts the visible signature.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Sequence, Union
from xml.sax.saxutils import escape

from matplotlib.figure import Figure
from PIL import Image as PILImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, Image, KeepTogether, ListFlowable,
                                ListItem, LongTable, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from synthstudio import __version__
from synthstudio.core.fileio import atomic_target
from synthstudio.core.jobs import CancelToken, check_cancel
from synthstudio.core.report.datasheet import (RESULT_SECTIONS, Block, Bullets, Datasheet, Facts,
                                               Table, Text)
from synthstudio.core.report.fonts import FontNames, register_fonts

SIGNATURE_FIELD = "Signature"
SIGNATURE_BOX = (17 * cm, 3.6 * cm)          # the visible signature block (width, height)
CHART_DPI = 160
PAGE_MARGIN = 2 * cm
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1f5f8b")
SOFT = colors.HexColor("#e8f0f6")
RULE = colors.HexColor("#b8c4ce")
VERDICT_COLOURS = {"pass": colors.HexColor("#2e7d32"), "warn": colors.HexColor("#b26a00"),
                   "fail": colors.HexColor("#c62828"), "not_evaluated": colors.HexColor("#5f6b76")}

Chart = Union[tuple[str, Figure], tuple[str, Figure, str]]


@dataclass(frozen=True)
class SignaturePlacement:
    """Where the signature field sits: page index (0-based) and box in PDF points."""

    page_index: int
    box: tuple[int, int, int, int]


def render_datasheet(datasheet: Datasheet, charts: Sequence[Chart], out_path: str | os.PathLike[str],
                     *, overwrite: bool = False, cancel: CancelToken | None = None) -> Path:
    """Write the datasheet PDF to ``out_path`` (atomically; an existing file only with ``overwrite``).

    Laying out takes seconds with charts: ``cancel`` is checked before each chart is drawn and
    after each piece placed on a page; a cancelled layout writes nothing.

    ``charts`` are ``(title, figure)`` or ``(title, figure, section_key)``: a chart goes to the
    section it names, or else to the result section named in its title ("Privacy: ..."), or
    else under "Other evaluation charts" after the results.
    """
    out_path = Path(out_path)
    fonts = register_fonts()
    styles = _styles(fonts)
    placements: list[SignaturePlacement] = []
    with atomic_target(out_path, overwrite=overwrite) as temp:   # refuses an existing file before the work
        buffer = io.BytesIO()
        doc = _DatasheetDoc(buffer, datasheet, fonts, cancel)
        doc.multiBuild(_story(datasheet, _charts_by_section(charts), styles, placements, cancel),
                       canvasmaker=partial(_NumberedCanvas, fonts=fonts, footer_left=_footer_left(datasheet)))
        data = buffer.getvalue()
        if placements:   # a datasheet without a Signature section gets its field when signed
            data = _with_signature_field(data, placements[-1])
        temp.write_bytes(data)
    return out_path


# -- document frame ------------------------------------------------------------------------------

class _DatasheetDoc(BaseDocTemplate):
    def __init__(self, target, datasheet: Datasheet, fonts: FontNames, cancel: CancelToken | None):
        super().__init__(
            target, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN,
            bottomMargin=PAGE_MARGIN, title=datasheet.title, author=datasheet.organisation,
            subject=datasheet.subject, keywords=datasheet.keywords, creator=f"SynthStudio {__version__}",
            lang=datasheet.language, displayDocTitle=True, initialFontName=fonts.regular)
        self.datasheet = datasheet
        self.fonts = fonts
        self.cancel = cancel
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame]),
                               PageTemplate("body", [frame], onPage=self._header)])

    def _header(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(self.fonts.regular, 8)
        canv.setFillColor(colors.grey)
        top = A4[1] - PAGE_MARGIN + 0.6 * cm
        canv.drawString(PAGE_MARGIN, top, _clip(self.datasheet.dataset_name, 70))
        canv.drawRightString(A4[0] - PAGE_MARGIN, top, "Synthetic data · Datasheet")
        canv.setStrokeColor(RULE)
        canv.line(PAGE_MARGIN, top - 0.2 * cm, A4[0] - PAGE_MARGIN, top - 0.2 * cm)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Section headings feed the contents list and the PDF outline (bookmarks)."""
        check_cancel(self.cancel)   # called for every flowable placed: a fine-grained stopping point
        key = getattr(flowable, "bookmark_key", None)
        if key:
            text = flowable.getPlainText()
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=0)
            self.notify("TOCEntry", (0, text, self.page, key))


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page 3 of 9"."""

    def __init__(self, *args, fonts: FontNames, footer_left: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._fonts = fonts
        self._footer_left = footer_left
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self._fonts.regular, 8)
            self.setFillColor(colors.grey)
            self.drawString(PAGE_MARGIN, PAGE_MARGIN - 0.9 * cm, self._footer_left)
            self.drawRightString(A4[0] - PAGE_MARGIN, PAGE_MARGIN - 0.9 * cm,
                                 f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def _footer_left(datasheet: Datasheet) -> str:
    return f"Dataset ID {datasheet.dataset_id}" if datasheet.dataset_id else datasheet.organisation


class _SignatureSpace(Flowable):
    """Reserves the signature block's place and remembers where it landed on the page."""

    def __init__(self, placements: list[SignaturePlacement], fonts: FontNames):
        super().__init__()
        self.width, self.height = SIGNATURE_BOX
        self._placements = placements
        self._fonts = fonts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # A faint frame that the signature covers; an unsigned copy shows the empty place.
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setDash(3, 3)
        self.canv.rect(0, 0, self.width, self.height)
        self.canv.setFont(self._fonts.regular, 8)
        self.canv.setFillColor(colors.grey)
        self.canv.drawCentredString(self.width / 2, self.height / 2, "Place of the digital signature")
        self.canv.restoreState()
        x, y = self.canv.absolutePosition(0, 0)
        box = (round(x), round(y), round(x + self.width), round(y + self.height))
        self._placements.append(SignaturePlacement(self.canv.getPageNumber() - 1, box))


def _with_signature_field(pdf: bytes, placement: SignaturePlacement) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    append_signature_field(writer, SigFieldSpec(SIGNATURE_FIELD, on_page=placement.page_index,
                                                box=placement.box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- styles ------------------------------------------------------------------------------------

def _styles(fonts: FontNames) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("Body", fontName=fonts.regular, fontSize=10, leading=14, textColor=INK,
                          spaceAfter=6)
    return {
        "body": body,
        "summary": ParagraphStyle("Summary", parent=body, backColor=SOFT, borderPadding=(6, 8, 6, 8),
                                  spaceBefore=4, spaceAfter=12, leading=14.5),
        "note": ParagraphStyle("Note", parent=body, fontName=fonts.italic, textColor=colors.HexColor("#52606d")),
        "cover_kicker": ParagraphStyle("Kicker", parent=body, fontName=fonts.bold, fontSize=10,
                                       textColor=ACCENT, spaceAfter=10),
        "cover_title": ParagraphStyle("CoverTitle", parent=body, fontName=fonts.bold, fontSize=26, leading=31,
                                      spaceAfter=8),
        "cover_sub": ParagraphStyle("CoverSub", parent=body, fontSize=13, leading=17, spaceAfter=18,
                                    textColor=colors.HexColor("#3e4c59")),
        "h1": ParagraphStyle("H1", parent=body, fontName=fonts.bold, fontSize=15, leading=19, textColor=ACCENT,
                             spaceBefore=16, spaceAfter=8, keepWithNext=1),
        # No keepWithNext: it glues the heading to a whole table or list and moves both to the next
        # page, leaving a gap; _subheading() uses a conditional page break instead.
        "h2": ParagraphStyle("H2", parent=body, fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=4),
        "cell": ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_head": ParagraphStyle("CellHead", parent=body, fontName=fonts.bold, fontSize=8.5, leading=10.5,
                                    spaceAfter=0, textColor=colors.white),
        "cell_label": ParagraphStyle("CellLabel", parent=body, fontName=fonts.bold, fontSize=9, leading=11.5,
                                     spaceAfter=0),
        "cell_value": ParagraphStyle("CellValue", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "mono": ParagraphStyle("Mono", parent=body, fontName=fonts.mono, fontSize=7.5, leading=10, spaceAfter=0),
        "cell_mono": ParagraphStyle("CellMono", parent=body, fontName=fonts.mono, fontSize=7, leading=10.5,
                                    spaceAfter=0),
        "caption": ParagraphStyle("Caption", parent=body, fontName=fonts.bold, fontSize=9, spaceBefore=6,
                                  spaceAfter=2, keepWithNext=1),
        "toc": ParagraphStyle("TOC", parent=body, fontSize=10, leading=15, spaceAfter=0),
    }


# -- story ---------------------------------------------------------------------------------------

def _story(sheet: Datasheet, charts: dict[str, list[tuple[str, Figure]]], styles: dict[str, ParagraphStyle],
           placements: list[SignaturePlacement], cancel: CancelToken | None) -> list[Flowable]:
    story: list[Flowable] = _cover(sheet, styles)
    story += [NextPageTemplate("body"), PageBreak()]
    keys = [s.key for s in sheet.sections]
    # Charts for a section this datasheet lacks, or for none, follow the last result section.
    others = [c for key, group in charts.items() if key not in keys for c in group]
    others_after = next((k for k in reversed(keys) if k in RESULT_SECTIONS), keys[-1])
    for number, section in enumerate(sheet.sections, start=1):
        heading = Paragraph(f"{number}. {escape(section.title)}", styles["h1"])
        heading.bookmark_key = f"section-{section.key}"
        story += [CondPageBreak(4 * cm), heading]   # a section never starts in the last few lines
        for block in section.blocks:
            story += _block(block, styles)
        story += _charts(charts.get(section.key, []), styles, cancel)
        if section.key == others_after and others:
            story += _subheading("Other evaluation charts", styles)
            story += _charts(others, styles, cancel)
        if section.key == "signature":
            story += [Spacer(1, 8), _SignatureSpace(placements, register_fonts())]
    return story


def _cover(sheet: Datasheet, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    verdict_colour = VERDICT_COLOURS.get(sheet.gate_verdict, VERDICT_COLOURS["not_evaluated"])
    facts = [("Organisation", sheet.organisation), ("Date", sheet.date),
             ("Dataset ID", sheet.dataset_id or "—"), ("Generator", sheet.generator_name or "—"),
             ("Release gate", sheet.gate_label)]
    if sheet.gate_verdict in ("warn", "fail"):
        facts.append(("Reason for releasing", sheet.gate_justification or "None given."))
    table = _facts_table(Facts(facts, frozenset({"Dataset ID"})), styles,
                         highlight={"Release gate": verdict_colour})
    toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles["toc"].fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    toc.levelStyles = [styles["toc"]]
    return [
        Paragraph("SYNTHETIC DATA · DATASHEET", styles["cover_kicker"]),
        Paragraph(escape(sheet.dataset_name), styles["cover_title"]),
        Paragraph(f"A synthetic dataset released by {escape(sheet.organisation)}", styles["cover_sub"]),
        table,
        Spacer(1, 14),
        Paragraph("Every row of this dataset was generated by a statistical model; none describes a real person. "
                  "This document explains how it was made, how faithful, useful, private and fair it is, what it "
                  "may be used for, and how to check that a file really comes from this release. Read "
                  "“Limitations and known risks” before using the data.", styles["summary"]),
        Paragraph("Contents", styles["h2"]),
        toc,
    ]


def _block(block: Block, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if isinstance(block, Text):
        return [Paragraph(escape(block.text), styles.get(block.style, styles["body"]))]
    if isinstance(block, Facts):
        return [_facts_table(block, styles), Spacer(1, 8)]
    if isinstance(block, Bullets):
        flowables = _subheading(block.title, styles)
        items = [ListItem(Paragraph(escape(item), styles["body"]), leftIndent=14) for item in block.items]
        flowables.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14,
                                      bulletFontName=styles["body"].fontName, bulletFontSize=9))
        return flowables
    if isinstance(block, Table):
        return _subheading(block.title, styles) + [_data_table(block, styles), Spacer(1, 8)]
    raise TypeError(f"Unknown datasheet block {type(block).__name__}")


def _subheading(title: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A sub-heading that never ends a page: start a new page when less than ~3 lines are left."""
    return [CondPageBreak(2.5 * cm), Paragraph(escape(title), styles["h2"])] if title else []


def _facts_table(facts: Facts, styles: dict[str, ParagraphStyle],
                 highlight: dict[str, colors.Color] | None = None) -> LongTable:
    """Label/value rows; ``highlight`` shows some values in white on a colour (the gate verdict)."""
    highlight = highlight or {}
    on_colour = ParagraphStyle("OnColour", parent=styles["cell_label"], textColor=colors.white)
    rows, commands = [], []
    for index, (label, value) in enumerate(facts.rows):
        style = on_colour if label in highlight else styles["mono" if label in facts.monospace else "cell_value"]
        rows.append([Paragraph(escape(label), styles["cell_label"]), Paragraph(escape(value), style)])
        if label in highlight:
            commands.append(("BACKGROUND", (1, index), (1, index), highlight[label]))
    table = LongTable(rows, colWidths=[5.2 * cm, A4[0] - 2 * PAGE_MARGIN - 5.2 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),  # else Helvetica is set (not embedded)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        *commands,
    ]))
    return table


def _data_table(block: Table, styles: dict[str, ParagraphStyle]) -> LongTable:
    width = A4[0] - 2 * PAGE_MARGIN
    weights = block.widths or (1.0,) * len(block.columns)
    col_widths = [width * w / sum(weights) for w in weights]
    header = [Paragraph(escape(c), styles["cell_head"]) for c in block.columns]
    body = [[Paragraph(escape(str(value)), styles["cell_mono" if i in block.monospace_columns else "cell"])
             for i, value in enumerate(row)] for row in block.rows]
    table = LongTable([header] + body, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SOFT]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


# -- charts --------------------------------------------------------------------------------------

def _charts_by_section(charts: Sequence[Chart]) -> dict[str, list[tuple[str, Figure]]]:
    """Group charts by section key; "" holds those that name no result section."""
    grouped: dict[str, list[tuple[str, Figure]]] = {}
    for chart in charts:
        title, figure = chart[0], chart[1]
        key = chart[2] if len(chart) > 2 else next((k for k in RESULT_SECTIONS if k in title.lower()), "")
        grouped.setdefault(key, []).append((title, figure))
    return grouped


def _charts(charts: list[tuple[str, Figure]], styles: dict[str, ParagraphStyle],
            cancel: CancelToken | None) -> list[Flowable]:
    """The charts as pictures: drawing them is the slow part of the layout, so cancel is checked before each."""
    flowables = []
    for title, figure in charts:
        check_cancel(cancel)
        flowables.append(_chart(title, figure, styles))
    return flowables


def _chart(title: str, figure: Figure, styles: dict[str, ParagraphStyle]) -> Flowable:
    rendered = io.BytesIO()
    figure.savefig(rendered, format="png", dpi=CHART_DPI, facecolor="white", bbox_inches="tight")
    # Matplotlib writes RGBA; the alpha channel would become a second (mask) image in the PDF.
    picture = PILImage.open(rendered).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    pixels_wide, pixels_high = picture.size
    width = min(A4[0] - 2 * PAGE_MARGIN, pixels_wide / CHART_DPI * 72)
    height = width * pixels_high / pixels_wide
    if height > 12 * cm:   # tall figures would push everything else off the page
        width, height = width * 12 * cm / height, 12 * cm
    return KeepTogether([Paragraph(escape(title), styles["caption"]),
                         Image(buffer, width=width, height=height, hAlign="LEFT"), Spacer(1, 8)])


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
