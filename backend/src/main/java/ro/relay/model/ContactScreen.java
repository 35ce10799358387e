package ro.relay.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens a text about to be relayed for the recorded contact details of the author's side: phone numbers
 * (by their digits, whatever the separators and with or without the country code 1), e-mail addresses
 * (in any case), Canadian postal codes (with or without the space) and street lines (in any case, with or
 * without accents, spaces and punctuation). What it finds is named masked, never in clear.
 */
public final class ContactScreen {

    /** How a participant of the author's side can be reached, as recorded. */
    public record ContactPoint(String phone, String email, String postalAddress) {
    }

    /** What kind of detail was found. */
    public enum Kind {
        PHONE, EMAIL, POSTAL_CODE, STREET;

        /** The message key that names a finding of this kind. */
        public String messageKey() {
            return "message.approve.contact-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A recorded detail found in the text, masked so that naming it does not disclose it. */
    public record Finding(Kind kind, String masked) {
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s().+/-]*\\d)*");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z]\\d[A-Za-z][\\s-]?\\d[A-Za-z]\\d");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final int SHORTEST_PHONE = 7;

    private final List<ContactPoint> points;

    public ContactScreen(Collection<ContactPoint> points) {
        this.points = List.copyOf(points);
    }

    /** Nothing to screen against: for a side with no recorded contact details. */
    public static ContactScreen none() {
        return new ContactScreen(List.of());
    }

    /** Every recorded detail still in the text, each named once. */
    public List<Finding> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> digitRuns = digitRuns(text);
        String lower = text.toLowerCase(Locale.ROOT);
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        String folded = fold(text);
        Set<Finding> found = new LinkedHashSet<>();
        for (ContactPoint p : points) {
            String phone = significantDigits(p.phone());
            if (phone != null && digitRuns.stream().anyMatch(run -> run.contains(phone))) {
                found.add(new Finding(Kind.PHONE, phone.substring(phone.length() - 4)));
            }
            if (p.email() != null && !p.email().isBlank() && lower.contains(p.email().strip().toLowerCase(Locale.ROOT))) {
                found.add(new Finding(Kind.EMAIL, maskEmail(p.email().strip())));
            }
            String postalCode = postalCodeOf(p.postalAddress());
            if (postalCode != null && compact.contains(postalCode)) {
                found.add(new Finding(Kind.POSTAL_CODE, postalCode.substring(0, 3) + " ***"));
            }
            String street = streetLineOf(p.postalAddress());
            if (street != null && folded.contains(fold(street))) {
                found.add(new Finding(Kind.STREET, street.substring(0, Math.min(2, street.length())) + "* ***"));
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> digitRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            runs.add(m.group().replaceAll("\\D", ""));
        }
        return runs;
    }

    /** The phone's digits before any extension, without a leading country code 1; null when too short to be a phone. */
    static String significantDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String number = phone.toLowerCase(Locale.ROOT).split("x", 2)[0];
        String digits = number.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.length() < SHORTEST_PHONE ? null : digits;
    }

    /** The Canadian postal code in the address, upper case without space; null when there is none. */
    static String postalCodeOf(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = POSTAL_CODE.matcher(address);
        return m.find() ? SEPARATORS.matcher(m.group()).replaceAll("").toUpperCase(Locale.ROOT) : null;
    }

    /** The first line of the address (up to a comma when it is written on one line); null when too short to mean anything. */
    static String streetLineOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String line = address.strip().split("\\R", 2)[0].split(",", 2)[0].strip();
        return fold(line).length() < 4 ? null : line;
    }

    /** Lower case, without accents, whitespace or punctuation: only letters and digits are compared. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String maskEmail(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
