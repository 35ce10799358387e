package ro.notifications.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import ro.rules.Messages;
import ro.work.WorkQueueName;

/**
 * A notice, in plain text and simple HTML, in the person's language: that work of some kinds waits, and
 * a link to the portal's My work page. Nothing else: no count, no case, no name, no id, no text.
 */
@ApplicationScoped
public class NoticeMail {

    @Inject
    NotificationsConfig config;

    /** The notice of new work ({@code digest} false) or the daily digest, of these kinds, to this address. */
    public Mail of(String to, Locale locale, boolean digest, List<WorkQueueName> kinds) {
        String subject = Messages.text(locale, digest ? "notifications.subject.digest" : "notifications.subject.immediate");
        String intro = Messages.text(locale, digest ? "notifications.body.digest" : "notifications.body.immediate");
        List<String> labels = kinds.stream().map(k -> Messages.text(locale, "notifications.kind." + k.key())).toList();
        String link = myWork();
        String linkIntro = Messages.text(locale, "notifications.body.link");
        String why = Messages.text(locale, "notifications.body.why");

        StringBuilder text = new StringBuilder(intro).append("\n\n");
        labels.forEach(l -> text.append("- ").append(l).append('\n'));
        text.append('\n').append(linkIntro).append('\n').append(link).append("\n\n").append(why).append('\n');

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><body><p>")
                .append(escape(intro)).append("</p><ul>");
        labels.forEach(l -> html.append("<li>").append(escape(l)).append("</li>"));
        html.append("</ul><p>").append(escape(linkIntro)).append(" <a href=\"").append(escape(link)).append("\">").append(escape(link))
                .append("</a></p><p>").append(escape(why)).append("</p></body></html>");

        return Mail.withText(to, subject, text.toString()).setHtml(html.toString()).setFrom(config.from());
    }

    /** The portal's My work page. */
    String myWork() {
        String portal = config.portalUrl();
        return (portal.endsWith("/") ? portal : portal + "/") + "work";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
