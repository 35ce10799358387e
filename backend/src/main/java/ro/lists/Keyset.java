package ro.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ro.rules.Invalid;

/**
 * The order of a list and where its next page starts. A page ends with an opaque cursor: base64url of
 * the list's name, the last row's sort key (ending with its id) and a checksum, so an edited cursor is refused
 * (400 naming {@code after}). A cursor only says where to resume: the caller's scope is applied on every page.
 */
public final class Keyset {

    /** The parameter a cursor arrives in. */
    public static final String AFTER = "after";

    /** What a column of the sort key holds. */
    public enum Kind { TEXT, NUMBER, INSTANT, ID }

    /** One column of the sort key (an HQL path) and its direction. */
    public record Key(String path, Kind kind, boolean descending) {
    }

    /** The rows of one page and the cursor of the next (null on the last page). */
    public record Window<T>(List<T> items, String next) {
    }

    private static final int CHECKSUM = 8;

    private final String list;
    private final List<Key> keys;

    private Keyset(String list, List<Key> keys) {
        this.list = list;
        this.keys = keys;
    }

    /** The sort key of a list named {@code list}; its last column must make it unique (the id). */
    public static Keyset of(String list, Key... keys) {
        return new Keyset(list, List.of(keys));
    }

    public static Key ascending(String path, Kind kind) {
        return new Key(path, kind, false);
    }

    public static Key descending(String path, Kind kind) {
        return new Key(path, kind, true);
    }

    /** The HQL order, e.g. {@code c.openedAt desc, c.id}. */
    public String orderBy() {
        return keys.stream().map(k -> k.path() + (k.descending() ? " desc" : "")).collect(Collectors.joining(", "));
    }

    /**
     * The HQL condition "after the cursor" over the parameters {@code after0..n}: a row comparison when every
     * column runs the same way; otherwise a bound on the first column (for the index) and the expansion.
     */
    public String condition() {
        if (keys.stream().allMatch(k -> k.descending() == keys.get(0).descending())) {
            return "(" + keys.stream().map(Key::path).collect(Collectors.joining(", ")) + ") " + (keys.get(0).descending() ? "<" : ">")
                    + " (" + IntStream.range(0, keys.size()).mapToObj(i -> ":after" + i).collect(Collectors.joining(", ")) + ")";
        }
        String expansion = IntStream.range(0, keys.size()).mapToObj(i -> "(" + IntStream.range(0, i)
                .mapToObj(j -> keys.get(j).path() + " = :after" + j + " and ").collect(Collectors.joining())
                + keys.get(i).path() + (keys.get(i).descending() ? " < " : " > ") + ":after" + i + ")")
                .collect(Collectors.joining(" or "));
        Key first = keys.get(0);
        return "(" + first.path() + (first.descending() ? " <= " : " >= ") + ":after0 and (" + expansion + "))";
    }

    /** The parameters of {@link #condition()} read from a cursor of this list; an edited or foreign cursor is refused. */
    public Map<String, Object> position(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            byte[] payload = Arrays.copyOf(bytes, bytes.length - CHECKSUM);
            if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, payload.length, bytes.length), checksum(payload))) {
                throw refused();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            if (!in.readUTF().equals(list) || in.readUnsignedByte() != keys.size()) {
                throw refused();
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                parameters.put("after" + i, read(keys.get(i).kind(), in.readUTF()));
            }
            if (in.available() > 0) {
                throw refused();
            }
            return parameters;
        } catch (IOException | RuntimeException e) {
            throw e instanceof Invalid invalid ? invalid : refused();
        }
    }

    /** The cursor after a row whose sort key is {@code key} (in the order of the keys). */
    public String cursor(Object... key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(list);
            out.writeByte(keys.size());
            for (Object value : key) {
                out.writeUTF(value.toString());
            }
            out.write(checksum(bytes.toByteArray()));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The page out of the rows read: a query for one row more than {@code size} tells whether another
     * page follows, and the cursor is the sort key of the page's last row.
     */
    public <T> Window<T> window(List<T> fetched, int size, Function<T, Object[]> keyOf) {
        if (fetched.size() <= size) {
            return new Window<>(fetched, null);
        }
        List<T> items = fetched.subList(0, size);
        return new Window<>(List.copyOf(items), cursor(keyOf.apply(items.get(size - 1))));
    }

    private static Object read(Kind kind, String text) {
        return switch (kind) {
            case TEXT -> text;
            case NUMBER -> Long.valueOf(text);
            case INSTANT -> Instant.parse(text);
            case ID -> UUID.fromString(text);
        };
    }

    private static byte[] checksum(byte[] payload) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(payload), CHECKSUM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Invalid refused() {
        return Invalid.field(AFTER, "Cursor", "list.after.invalid");
    }
}
