package ro.relay.service;

import ro.print.PrintedPages;

/**
 * A printable letter for mailing: the program's fixed words in the recipient's language, then the
 * approved text. Nothing of the author's identity or whereabouts is printed.
 */
final class LetterPdf {

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
        PrintedPages pages = new PrintedPages().heading(16, wording.program()).blank().paragraphs(10, wording.introduction()).blank();
        if (approvedText != null) {
            pages.paragraphs(12, approvedText).blank();
        }
        if (scanEnclosed) {
            pages.line(10, wording.enclosedScan());
        }
        return pages.line(8, wording.reference() + reference).render();
    }
}
