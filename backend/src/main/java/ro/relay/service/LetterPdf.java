package ro.relay.service;

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
 * A printable letter for mailing: the program's fixed words in the recipient's language, then the
 * approved text. Nothing of the author's identity or whereabouts is printed.
 */
final class LetterPdf {

    private static final float MARGIN = 64;
    private static final float LEADING = 15;

    /** The fixed words of a mailed letter, in one language. */
    record Wording(String program, String introduction, String enclosedScan, String reference) {
        static Wording of(boolean french) {
            return french
                    ? new Wording("Possibilités de justice réparatrice",
                            "Cette lettre vous parvient par le programme Possibilités de justice réparatrice. Un médiateur l'a lue avant "
                                    + "son envoi. Vous n'êtes pas tenu d'y répondre; si vous souhaitez répondre ou en parler, communiquez avec "
                                    + "votre médiateur.",
                            "La lettre est jointe sous forme de document numérisé.", "Référence du message : ")
                    : new Wording("Restorative Opportunities",
                            "This letter reaches you through the Restorative Opportunities program. A mediator read it before it was "
                                    + "sent. You do not have to answer it; if you want to reply or to talk about it, contact your mediator.",
                            "The letter is enclosed as a scanned document.", "Message reference: ");
        }
    }

    private LetterPdf() {
    }

    static byte[] render(Wording wording, String approvedText, boolean scanEnclosed, String reference) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(bold, 16, wording.program()));
            lines.add(Line.BLANK);
            wrap(regular, 10, wording.introduction(), width).forEach(t -> lines.add(new Line(regular, 10, t)));
            lines.add(Line.BLANK);
            if (approvedText != null) {
                for (String paragraph : approvedText.split("\\R")) {
                    wrap(regular, 12, paragraph, width).forEach(t -> lines.add(new Line(regular, 12, t)));
                }
                lines.add(Line.BLANK);
            }
            if (scanEnclosed) {
                lines.add(new Line(regular, 10, wording.enclosedScan()));
            }
            lines.add(new Line(regular, 8, wording.reference() + reference));

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
                    content.showText(printable(line.font(), line.text()));
                }
                content.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            content.endText();
            content.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(PDType1Font font, float size, String text) {
        static final Line BLANK = new Line(null, 0, "");
    }

    private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The standard fonts print WinAnsi characters; anything else becomes a question mark rather than failing. */
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
