package ro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A feature reaches another feature's data through a small query interface of that feature, never
 * by naming its entities in a query string: a scan of the main sources' string literals.
 */
class FeatureBoundariesTest {

    private static final Path MAIN = Path.of("src/main/java/ro");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern QUERY = Pattern.compile("\\b(from|select|update|delete|join|exists)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b.*?\\bclass\\s+(\\w+)", Pattern.DOTALL);

    private static String featureOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** Each entity's simple name, by the feature it belongs to. */
    private static Map<String, String> entities() throws IOException {
        Map<String, String> featureOfEntity = new HashMap<>();
        for (Path f : sources()) {
            Matcher m = ENTITY.matcher(read(f));
            if (m.find()) {
                featureOfEntity.put(m.group(1), featureOf(f));
            }
        }
        return featureOfEntity;
    }

    /** Where a query string of one feature names an entity of another: "file: Entity in 'query'". */
    static List<String> crossings(Map<String, String> entities, String feature, String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (!QUERY.matcher(text).find()) {
                continue;
            }
            entities.forEach((entity, owner) -> {
                if (!owner.equals(feature) && Pattern.compile("\\b" + entity + "\\b").matcher(text).find()) {
                    found.add(file + ": " + entity + " (of " + owner + ") in '" + text.strip() + "'");
                }
            });
        }
        return found;
    }

    @Test
    void a_query_string_of_one_feature_never_names_another_features_entity() throws IOException {
        Map<String, String> entities = entities();
        assertThat(entities).containsKeys("CaseFile", "CaseAssignment", "CaseParticipant", "Referral", "Message", "Participant");
        List<String> crossings = new ArrayList<>();
        for (Path f : sources()) {
            crossings.addAll(crossings(entities, featureOf(f), MAIN.relativize(f).toString(), read(f)));
        }
        assertThat(crossings).isEmpty();
    }

    @Test
    void the_scan_finds_a_relay_query_naming_the_case_assignments() throws IOException {
        String relay = """
                class X { String q = "from Message m where exists (select 1 from CaseAssignment a where a.caseId = m.caseId)"; }
                """;
        assertThat(crossings(entities(), "relay", "X.java", relay)).singleElement().asString().contains("CaseAssignment (of casefile)");
        assertThat(crossings(entities(), "casefile", "X.java", relay)).singleElement().asString().contains("Message (of relay)");
    }
}
