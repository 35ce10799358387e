package ro.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free port for every @QuarkusTest: the API's mailer is pointed at it
 * (the mock mailer is off), and the tests read what arrived.
 */
@QuarkusTestResource(GreenMailResource.class)
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    /** One received mail, decoded: who it went to, its subject, and each part's text (plain and HTML). */
    public record Received(List<String> to, String from, String subject, String text, String html) {
    }

    private static volatile int port;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        port = server.getSmtp().getPort();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Stops the server: sends fail until {@link #resume()}. */
    public static void pause() {
        server.stop();
    }

    /** A server again on the same port, with no mail received. */
    public static void resume() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Forgets every mail received so far. */
    public static void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails received so far for an address. */
    public static List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(GreenMailResource::decoded)
                .filter(m -> m.to().contains(address)).toList();
    }

    private static void collect(Object content, String type, Map<String, String> into) throws MessagingException, java.io.IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), into);
            }
        } else if (content instanceof String text) {
            into.put(type.toLowerCase().startsWith("text/html") ? "text/html" : "text/plain", text);
        }
    }

    private static Received decoded(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
            Map<String, String> parts = new java.util.HashMap<>();
            collect(message.getContent(), message.getContentType(), parts);
            String text = parts.get("text/plain");
            String html = parts.get("text/html");
            return new Received(to, message.getFrom()[0].toString(), message.getSubject(), text, html);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
