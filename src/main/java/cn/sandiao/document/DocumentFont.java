package cn.sandiao.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The Chinese font documents embed: Noto Serif SC (TrueType outlines, SIL Open Font License,
 * {@code documents/fonts/OFL.txt}), shipped in the jar and never fetched at run time. Debian's Noto CJK fonts are
 * OpenType collections with CFF outlines, which PDFBox cannot embed.
 *
 * <p>Prepared once, in memory: the font maps a Kangxi radical (⼈ U+2F08) and its ideograph (人 U+4EBA) to the same
 * glyph, and PDFBox writes the lower code point into the PDF's text layer, so a copied or searched 人民 would read
 * ⼈⺠. The prepared font keeps the Basic Multilingual Plane's characters except the radical and compatibility blocks.
 * Characters beyond that plane (CJK Extension B and later, rare in names) are not in it.
 */
final class DocumentFont {

    static final String FAMILY = "Noto Serif SC";
    private static final String RESOURCE = "/documents/fonts/NotoSerifSC-Regular.ttf";

    private static volatile byte[] prepared;

    private DocumentFont() {
    }

    static byte[] bytes() {
        byte[] font = prepared;
        if (font == null) {
            synchronized (DocumentFont.class) {
                font = prepared;
                if (font == null) {
                    font = prepare();
                    prepared = font;
                }
            }
        }
        return font;
    }

    private static byte[] prepare() {
        try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("字体文件缺失：" + RESOURCE);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> kept = new TreeSet<>();
            for (int codePoint = 0x20; codePoint <= 0xFFFF; codePoint++) {
                if (!isRadicalOrCompatibility(codePoint) && cmap.getGlyphId(codePoint) != 0) {
                    kept.add(codePoint);
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(kept);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            font.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CJK Radicals Supplement, Kangxi Radicals, CJK Strokes, CJK Compatibility Ideographs. */
    private static boolean isRadicalOrCompatibility(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF
                || codePoint >= 0x31C0 && codePoint <= 0x31EF
                || codePoint >= 0xF900 && codePoint <= 0xFAFF;
    }
}
