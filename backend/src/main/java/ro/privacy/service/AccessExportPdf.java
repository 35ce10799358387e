package ro.privacy.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import ro.participant.ContactDetails;
import ro.participant.OfficialLanguage;
import ro.participant.ParticipantView;
import ro.print.PrintedPages;
import ro.privacy.model.PartyRole;
import ro.privacy.model.Severing;

/**
 * The export printed: the whole of it in the person's preferred language, then again in the other. Codes
 * (stages, states, ways) are printed as recorded; other people by their role in words.
 */
final class AccessExportPdf {

    private static final float TEXT = 9;

    /** The words of each label, English then French. */
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] { "Access request export", "Communication de renseignements personnels" }),
            Map.entry("program", new String[] { "Restorative Opportunities", "Possibilités de justice réparatrice" }),
            Map.entry("intro", new String[] {
                    "Everything the program holds about this person, as of the date below. Other people's personal information is severed: "
                            + "others are named by their role, their names and contact details are replaced by " + Severing.MARK
                            + ", and what cannot be given is listed at the end with the reason.",
                    "Tout ce que le programme détient sur cette personne, à la date ci-dessous. Les renseignements personnels d'autres "
                            + "personnes sont retranchés : les autres sont désignés par leur rôle, leurs noms et coordonnées sont remplacés par "
                            + Severing.MARK + ", et ce qui ne peut être communiqué est énuméré à la fin avec le motif." }),
            Map.entry("generated", new String[] { "Prepared", "Préparé le" }),
            Map.entry("by", new String[] { "by", "par" }),
            Map.entry("record", new String[] { "The person's record", "Le dossier de la personne" }),
            Map.entry("name", new String[] { "Name", "Nom" }),
            Map.entry("kind", new String[] { "Kind", "Type" }),
            Map.entry("language", new String[] { "Preferred language", "Langue préférée" }),
            Map.entry("offenderNumber", new String[] { "Offender number", "Numéro de délinquant" }),
            Map.entry("institution", new String[] { "Institution", "Établissement" }),
            Map.entry("phone", new String[] { "Phone", "Téléphone" }),
            Map.entry("email", new String[] { "E-mail", "Courriel" }),
            Map.entry("address", new String[] { "Postal address", "Adresse postale" }),
            Map.entry("safeTimes", new String[] { "Safe times", "Moments sûrs" }),
            Map.entry("referrals", new String[] { "Referrals", "Renvois" }),
            Map.entry("other", new String[] { "Other party", "Autre partie" }),
            Map.entry("suitability", new String[] { "Suitability assessment", "Évaluation de la pertinence" }),
            Map.entry("cases", new String[] { "Cases", "Dossiers" }),
            Map.entry("case", new String[] { "Case", "Dossier" }),
            Map.entry("others", new String[] { "Other participants", "Autres participants" }),
            Map.entry("events", new String[] { "Events", "Événements" }),
            Map.entry("consents", new String[] { "Consents", "Consentements" }),
            Map.entry("safety", new String[] { "Safety assessment", "Évaluation de la sécurité" }),
            Map.entry("meeting", new String[] { "Meeting", "Rencontre" }),
            Map.entry("feedback", new String[] { "Feedback", "Rétroaction" }),
            Map.entry("authored", new String[] { "Messages they wrote", "Messages rédigés par la personne" }),
            Map.entry("received", new String[] { "Messages delivered to them (as delivered)", "Messages qui lui ont été remis (tels que remis)" }),
            Map.entry("original", new String[] { "Original", "Original" }),
            Map.entry("approved", new String[] { "Approved for the other side", "Version approuvée pour l'autre partie" }),
            Map.entry("file", new String[] { "File (listed, not included)", "Fichier (énuméré, non inclus)" }),
            Map.entry("to", new String[] { "to", "à" }),
            Map.entry("from", new String[] { "from", "de" }),
            Map.entry("cut", new String[] { "Only the newest %d of %d are given; the rest are available on request.",
                    "Seuls les %d plus récents sur %d sont donnés; les autres sont disponibles sur demande." }),
            Map.entry("auditCut", new String[] { "Only the newest entries are given; the rest are available on request.",
                    "Seules les entrées les plus récentes sont données; les autres sont disponibles sur demande." }),
            Map.entry("audit", new String[] { "Who read or changed their record", "Qui a consulté ou modifié son dossier" }),
            Map.entry("withheld", new String[] { "Withheld", "Retenu" }),
            Map.entry("corrections", new String[] { "Corrections they asked for", "Corrections demandées par la personne" }),
            Map.entry("whatIsWrong", new String[] { "What is wrong", "Ce qui est inexact" }),
            Map.entry("whatIsAsked", new String[] { "What they asked", "Ce qui est demandé" }),
            Map.entry("resolution", new String[] { "Resolution", "Résolution" }),
            Map.entry("channel", new String[] { "Channel", "Canal" }),
            Map.entry("victimRegistration", new String[] { "Victim registration", "Inscription de la victime" }),
            Map.entry("federalSentence", new String[] { "Federal sentence", "Peine de ressort fédéral" }),
            Map.entry("notes", new String[] { "Notes", "Notes" }),
            Map.entry("referringStaff", new String[] { "Referring staff member", "Membre du personnel qui renvoie" }),
            Map.entry("reasons", new String[] { "Reasons", "Motifs" }),
            Map.entry("noContactCondition", new String[] { "No-contact condition", "Condition de non-communication" }),
            Map.entry("declineReason", new String[] { "Reason declined", "Motif du refus" }),
            Map.entry("declineDetails", new String[] { "Details of the decision", "Précisions sur la décision" }),
            Map.entry("created", new String[] { "Recorded", "Consigné le" }),
            Map.entry("decided", new String[] { "Decided", "Décidé le" }),
            Map.entry("outcome", new String[] { "Outcome", "Résultat" }),
            Map.entry("appropriateness", new String[] { "Appropriateness", "Pertinence" }),
            Map.entry("motivation", new String[] { "Motivation", "Motivation" }),
            Map.entry("acceptanceOfResponsibility", new String[] { "Acceptance of responsibility", "Acceptation de la responsabilité" }),
            Map.entry("finalised", new String[] { "Finalised", "Finalisée le" }),
            Map.entry("outcomeSummary", new String[] { "Outcome summary", "Résumé du résultat" }),
            Map.entry("riskLevel", new String[] { "Risk level", "Niveau de risque" }),
            Map.entry("emotionalWellbeing", new String[] { "Emotional well-being", "Bien-être émotionnel" }),
            Map.entry("readiness", new String[] { "Readiness", "Préparation" }),
            Map.entry("safetyMeasures", new String[] { "Safety measures", "Mesures de sécurité" }),
            Map.entry("notSafeToProceed", new String[] { "Not safe to proceed", "Pas sûr de poursuivre" }),
            Map.entry("nextDue", new String[] { "Next due", "Prochaine échéance" }),
            Map.entry("agreements", new String[] { "Agreements", "Ententes" }),
            Map.entry("cancelReason", new String[] { "Reason cancelled", "Motif d'annulation" }),
            Map.entry("feltSafe", new String[] { "Felt safe", "Se sentait en sécurité" }),
            Map.entry("feltHeard", new String[] { "Felt heard", "Se sentait écoutée" }),
            Map.entry("needsMet", new String[] { "Needs met", "Besoins comblés" }),
            Map.entry("wouldRecommend", new String[] { "Would recommend", "Recommanderait" }),
            Map.entry("comments", new String[] { "Comments", "Commentaires" }),
            Map.entry("none", new String[] { "None.", "Aucun." }));

    private AccessExportPdf() {
    }

    static byte[] render(AccessExport export) {
        boolean frenchFirst = export.person().preferredLanguage() == OfficialLanguage.FR;
        PrintedPages pages = new PrintedPages();
        new Writer(pages, frenchFirst).write(export);
        pages.blank().line(TEXT, "--------------------------------------------------------------------------------").blank();
        new Writer(pages, !frenchFirst).write(export);
        return pages.render();
    }

    /** One language's copy. */
    private record Writer(PrintedPages pages, boolean french) {

        String w(String key) {
            return WORDS.get(key)[french ? 1 : 0];
        }

        String role(PartyRole role) {
            return role == null ? "-" : role.words(french);
        }

        void text(String label, Object value) {
            if (value != null) {
                pages.paragraphs(TEXT, label + ": " + value);
            }
        }

        void section(String key) {
            pages.blank().heading(12, w(key));
        }

        <T> void each(List<T> items, java.util.function.Consumer<T> write) {
            if (items.isEmpty()) {
                pages.line(TEXT, w("none"));
            }
            items.forEach(write);
        }

        void write(AccessExport e) {
            pages.heading(16, w("title")).line(10, w("program")).blank().paragraphs(TEXT, w("intro"))
                    .line(TEXT, w("generated") + " " + e.generatedAt() + " " + w("by") + " " + e.generatedBy());
            person(e.person());
            section("referrals");
            each(e.referrals(), r -> {
                pages.blank().heading(10, r.source() + " " + r.state() + " (" + r.id() + ")");
                text(w("other"), r.otherParty() == null ? null : role(r.otherParty()));
                fields("channel", r.channel(), "victimRegistration", r.victimRegistration(), "federalSentence", r.federalSentence(),
                        "notes", r.notes(), "referringStaff", r.referringStaff(), "reasons", r.reasons(), "noContactCondition",
                        r.noContactCondition(), "declineReason", r.declineReason(), "declineDetails", r.declineDetails());
                text(w("created"), r.createdAt());
                text(w("decided"), r.decidedAt());
                r.suitabilityAssessments().forEach(a -> {
                    pages.heading(TEXT, w("suitability") + " " + a.id());
                    fields("outcome", a.outcome(), "appropriateness", a.appropriateness(), "motivation", a.motivation(),
                            "acceptanceOfResponsibility", a.acceptanceOfResponsibility(), "notes", a.notes(), "finalised", a.finalisedAt());
                });
            });
            section("cases");
            each(e.cases(), this::casePart);
            section("authored");
            cut(e.messagesAuthored().items().size(), e.messagesAuthored().total(), e.messagesAuthored().cut());
            each(e.messagesAuthored().items(), m -> {
                pages.blank().heading(10, m.kind() + " " + m.state() + " " + w("to") + " " + role(m.recipient()) + " (" + m.createdAt() + ")");
                text(w("original"), m.originalText());
                text(w("approved"), m.approvedText());
                file(m.originalFile());
                file(m.approvedFile());
            });
            section("received");
            cut(e.messagesReceived().items().size(), e.messagesReceived().total(), e.messagesReceived().cut());
            each(e.messagesReceived().items(), m -> {
                pages.blank().heading(10, m.kind() + " " + w("from") + " " + role(m.author()) + " (" + m.deliveredAt() + ")");
                text(w("approved"), m.text());
                file(m.file());
            });
            section("audit");
            if (e.auditEntries().cut()) {
                pages.line(TEXT, w("auditCut"));
            }
            each(e.auditEntries().items(), a -> pages.line(TEXT, a.at() + "  " + a.action() + "  " + Objects.toString(a.username(), "-")
                    + "  " + Objects.toString(a.roles(), "")));
            section("corrections");
            each(e.corrections(), c -> {
                pages.blank().heading(10, c.recordType() + (c.field() == null ? "" : " / " + c.field()) + ": " + c.state() + " (" + c.requestedAt() + ")");
                text(w("whatIsWrong"), c.whatIsWrong());
                text(w("whatIsAsked"), c.whatIsAsked());
                text(w("resolution"), c.resolutionNote());
            });
            section("withheld");
            each(e.withheld(), h -> pages.paragraphs(TEXT, h.what() + (h.at() == null ? "" : " (" + h.at() + ")") + ": "
                    + h.reason().words(french)));
        }

        void person(ParticipantView p) {
            section("record");
            text(w("name"), p.firstName() + " " + p.lastName());
            text(w("kind"), p.kind());
            text(w("language"), p.preferredLanguage());
            text(w("offenderNumber"), p.offenderNumber());
            text(w("institution"), p.institution());
            ContactDetails c = p.contact();
            if (c != null) {
                text(w("phone"), c.phone());
                text(w("email"), c.email());
                text(w("address"), c.postalAddress());
                text(w("safeTimes"), c.safeTimes());
            }
        }

        void casePart(AccessExport.ExportedCase c) {
            pages.blank().heading(10, w("case") + " " + c.id() + ": " + c.stage() + ", " + c.side() + " " + c.status());
            text(w("others"), c.otherParticipants().stream().map(this::role).collect(Collectors.joining(", ")));
            text(w("outcomeSummary"), c.outcomeSummary());
            pages.heading(TEXT, w("events"));
            c.events().forEach(ev -> pages.paragraphs(TEXT, ev.at() + "  " + (french ? ev.summaryFr() : ev.summaryEn())));
            pages.heading(TEXT, w("consents"));
            each(c.consents(), k -> pages.line(TEXT, k.at() + "  " + k.way() + "  " + (k.given() ? "+" : "-") + "  "
                    + Objects.toString(k.how(), "")));
            c.safetyAssessments().forEach(a -> {
                pages.heading(TEXT, w("safety") + " " + a.id());
                fields("riskLevel", a.riskLevel(), "emotionalWellbeing", a.emotionalWellbeing(), "readiness", a.readiness(),
                        "safetyMeasures", a.safetyMeasures(), "notSafeToProceed", a.notSafeToProceed(), "nextDue", a.nextDue());
            });
            c.meetings().forEach(m -> {
                pages.heading(TEXT, w("meeting") + " " + m.scheduledFor() + ", " + m.institution() + ": " + m.state());
                text(w("others"), m.otherAttendees().stream().map(this::role).collect(Collectors.joining(", ")));
                fields("outcome", m.outcome(), "agreements", m.agreements(), "cancelReason", m.cancelReason());
            });
            c.feedback().forEach(f -> {
                pages.heading(TEXT, w("feedback") + " " + f.recordedAt());
                fields("feltSafe", f.feltSafe(), "feltHeard", f.feltHeard(), "needsMet", f.needsMet(), "wouldRecommend",
                        f.wouldRecommend(), "comments", f.comments());
            });
        }

        /** Named values (name, value, name, value...), in that order, those present only. */
        void fields(Object... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                text(w((String) namesAndValues[i]), namesAndValues[i + 1]);
            }
        }

        void file(ro.relay.service.FileView f) {
            if (f != null) {
                text(w("file"), f.contentType() + ", " + f.sizeBytes() + " B, SHA-256 " + f.sha256());
            }
        }

        void cut(int given, long total, boolean cut) {
            if (cut) {
                pages.line(TEXT, String.format(w("cut"), given, total));
            }
        }
    }
}
