package ro.privacy.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes other people's personal information from the free text of an access request export: every name,
 * phone number (whatever its separators), e-mail address, postal address (and each of its lines) and offender
 * number recorded for the other people of the person's referrals and cases becomes {@link #MARK}. Names
 * match as whole words, in any case; what is severed is never given back, even where it was the person's own
 * word (a shared last name is severed too: erring towards severing).
 */
public final class Severing {

    /** What stands where something was severed. */
    public static final String MARK = "[severed]";

    private static final int SHORTEST_NAME = 2;
    private static final int SHORTEST_ADDRESS_PART = 5;
    private static final int FEWEST_PHONE_DIGITS = 7;

    private final List<Pattern> patterns;

    private Severing(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** Who another person is, as recorded: what is severed of them. Any part may be null. */
    public record Person(String firstName, String lastName, String phone, String email, String postalAddress, String offenderNumber) {

        /** Someone known only by the name recorded for them (a support person at a meeting). */
        public static Person named(String name) {
            return new Person(name, null, null, null, null, null);
        }
    }

    /** Severs what identifies these people. */
    public static Severing of(Collection<Person> others) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> literals = new LinkedHashSet<>();
        List<Pattern> phones = new ArrayList<>();
        for (Person p : others) {
            name(words, p.firstName(), p.lastName());
            literal(literals, p.email());
            literal(literals, p.offenderNumber());
            if (p.postalAddress() != null && !p.postalAddress().isBlank()) {
                literal(literals, p.postalAddress());
                for (String part : p.postalAddress().split("[,\\n\\r]+")) {
                    if (part.strip().length() >= SHORTEST_ADDRESS_PART) {
                        literals.add(part.strip());
                    }
                }
            }
            phone(phones, literals, p.phone());
        }
        List<Pattern> patterns = new ArrayList<>(phones);
        literals.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(l -> patterns.add(Pattern.compile(Pattern.quote(l), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        words.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(w -> patterns.add(Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return new Severing(List.copyOf(patterns));
    }

    /** The text with what identifies the others severed; null stays null. */
    public String text(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return out;
    }

    private static void name(Set<String> words, String first, String last) {
        String full = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        if (full.length() >= SHORTEST_NAME) {
            words.add(full);
        }
        for (String name : new String[] { first, last }) {
            if (name == null) {
                continue;
            }
            for (String part : name.strip().split("[\\s-]+")) {
                if (part.length() >= SHORTEST_NAME) {
                    words.add(part);
                }
            }
        }
    }

    private static void literal(Set<String> literals, String value) {
        if (value != null && !value.isBlank()) {
            literals.add(value.strip());
        }
    }

    /** A phone number as written and as its digits with any separators between them. */
    private static void phone(List<Pattern> phones, Set<String> literals, String phone) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        literals.add(phone.strip());
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() >= FEWEST_PHONE_DIGITS) {
            // the last ten digits (the number without a country code), each separated by anything but a digit
            String local = digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
            phones.add(Pattern.compile(String.join("\\D{0,3}", local.split(""))));
        }
    }
}
