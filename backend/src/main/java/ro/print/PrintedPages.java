package ro.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text printed on letter-size pages in Helvetica: paragraphs wrapped to the width, a new page when one is
 * full. The standard fonts print WinAnsi characters; anything else becomes a question mark rather than failing.
 * Used for the letters the relay mails and for access request exports.
 */
public final class PrintedPages {

    private static final float MARGIN = 64;
    private static final float LEADING = 15;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final List<Line> lines = new ArrayList<>();

    private record Line(PDType1Font font, float size, String text) {
        static final Line BLANK = new Line(null, 0, "");
    }

    /** A line in bold, not wrapped (a title or heading). */
    public PrintedPages heading(float size, String text) {
        lines.add(new Line(bold, size, printable(bold, text)));
        return this;
    }

    /** A line as it is, not wrapped. */
    public PrintedPages line(float size, String text) {
        lines.add(new Line(regular, size, printable(regular, text)));
        return this;
    }

    /** Text wrapped to the width, each of its own lines a paragraph. */
    public PrintedPages paragraphs(float size, String text) {
        for (String paragraph : text.split("\\R")) {
            wrap(size, paragraph).forEach(t -> lines.add(new Line(regular, size, t)));
        }
        return this;
    }

    public PrintedPages blank() {
        lines.add(Line.BLANK);
        return this;
    }

    /** The pages as a PDF document. */
    public byte[] render() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream content = null;
            float y = 0;
            for (Line line : lines) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.endText();
                        content.close();
                    }
                    PDPage page = new PDPage(PDRectangle.LETTER);
                    doc.addPage(page);
                    content = new PDPageContentStream(doc, page);
                    content.beginText();
                    y = PDRectangle.LETTER.getHeight() - MARGIN;
                    content.newLineAtOffset(MARGIN, y);
                }
                if (line.font() != null) {
                    content.setFont(line.font(), line.size());
                    content.showText(line.text());
                }
                content.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (content != null) {
                content.endText();
                content.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(float size, String text) {
        List<String> wrapped = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(regular, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) > WIDTH && !line.isEmpty()) {
                wrapped.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        wrapped.add(line.toString());
        return wrapped;
    }

    private float width(String text, float size) {
        try {
            return regular.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = cp == '\t' ? " " : new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
