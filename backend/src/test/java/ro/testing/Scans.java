package ro.testing;

/** Scanned letters for upload tests: bytes that are recognised as PNG by their content. */
public final class Scans {

    private Scans() {
    }

    /** A PNG signature followed by filler, this many bytes in all. */
    public static byte[] png(int size) {
        byte[] b = new byte[size];
        byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
        System.arraycopy(magic, 0, b, 0, magic.length);
        for (int i = magic.length; i < size; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }
}
