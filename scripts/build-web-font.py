"""Build viz/static/fonts/NotoSansSC-GB2312.woff2: Noto Sans SC for GB2312, punctuation and ASCII.

A one-off tool, not part of the service (its packages are not dependencies of the project):

    python -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools brotli
    (cd /tmp && npm pack @fontsource/noto-sans-sc@5.3.0 && tar xzf fontsource-noto-sans-sc-5.3.0.tgz)
    /tmp/fontvenv/bin/python scripts/build-web-font.py /tmp/package viz/static/fonts

The npm package splits the regular weight into about a hundred WOFF2 files by character range
(its "chinese-simplified" file lacks a thousand GB2312 characters), so the glyphs of every piece
are gathered into one font first, then that font is cut down to the characters below.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

NAME = "NotoSansSC-GB2312.woff2"
EXTRA_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2460, 0x24FF),
                (0x3000, 0x303F), (0xFF00, 0xFFEF)]  # fmt: skip


def gb2312() -> set[int]:
    """Every character GB2312 encodes (6,763 hanzi and 682 symbols)."""
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            char = bytes([high, low]).decode("gb2312", "ignore")
            if char:
                found.add(ord(char))
    return found


def wanted() -> set[int]:
    extra = {cp for lo, hi in EXTRA_RANGES for cp in range(lo, hi + 1)}
    return gb2312() | extra


def copy_glyph(base: TTFont, piece: TTFont, name: str, tag: str) -> str:
    """Copy glyph ``name`` of ``piece`` (and its components) into ``base``; return its new name."""
    new = f"{name}.{tag}"
    if new in base["glyf"].glyphs:
        return new
    glyph = piece["glyf"][name]
    glyph.expand(piece["glyf"])
    if glyph.isComposite():
        for component in glyph.components:
            component.glyphName = copy_glyph(base, piece, component.glyphName, tag)
    base["glyf"].glyphs[new] = glyph
    base["glyf"].glyphOrder.append(new)
    base["hmtx"].metrics[new] = piece["hmtx"].metrics[name]
    if "vmtx" in base and "vmtx" in piece:
        base["vmtx"].metrics[new] = piece["vmtx"].metrics[name]
    return new


def gather(folder: Path, chars: set[int]) -> TTFont:
    """One font holding every wanted character that some 400-weight piece of the package has."""
    files = sorted((folder / "files").glob("noto-sans-sc-*-400-normal.woff2"))
    base_file = folder / "files" / "noto-sans-sc-chinese-simplified-400-normal.woff2"
    base = TTFont(base_file)
    base["glyf"].glyphOrder = list(base.getGlyphOrder())
    cmap = base.getBestCmap()
    for number, path in enumerate(f for f in files if f != base_file):
        piece = TTFont(path)
        for cp, name in piece.getBestCmap().items():
            if cp in chars and cp not in cmap:
                cmap[cp] = copy_glyph(base, piece, name, f"p{number}")
    base.setGlyphOrder(base["glyf"].glyphOrder)
    for table in base["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(
                {cp: n for cp, n in cmap.items() if cp <= 0xFFFF or table.format == 12}
            )
    return base


def rename(font: TTFont) -> None:
    """Name the font for the weight its outlines have (the package's pieces say Thin)."""
    names = {1: "Noto Sans SC", 2: "Regular", 3: "2.004;NotoSansSC-Regular;GB2312 subset",
             4: "Noto Sans SC Regular", 6: "NotoSansSC-Regular"}  # fmt: skip
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]


def main(package: Path, out: Path) -> None:
    chars = wanted()
    font = gather(package, chars)
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    rename(font)
    out.mkdir(parents=True, exist_ok=True)
    font.flavor = "woff2"
    font.save(out / NAME)
    shutil.copy(package / "LICENSE", out / "OFL.txt")
    covered = set(font.getBestCmap())
    print(f"{out / NAME}: {(out / NAME).stat().st_size:,} bytes, {len(covered):,} characters; "
          f"GB2312 characters missing: {len(gb2312() - covered)}")  # fmt: skip


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
