package ro.relay.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;

import ro.privacy.service.FileKeyRing;

/**
 * Message files in a directory (ro.relay.storage-dir), the default: a file streams into {@code <key>.partial} and is
 * moved into place when complete, so a reader never sees half a file; a process killed mid-upload leaves the
 * {@code .partial} file, which the orphan sweep removes.
 */
public final class DirectoryFileStorage extends SealedFileStorage {

    static final String PARTIAL = ".partial";

    private final Path dir;

    public DirectoryFileStorage(Path dir, FileKeyRing keys) {
        super(keys);
        this.dir = dir;
    }

    private Path dir() throws IOException {
        Files.createDirectories(dir);
        return dir;
    }

    @Override
    protected Upload upload(String key) throws IOException {
        Path partial = dir().resolve(key + PARTIAL);
        OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        return new Upload() {
            private boolean kept;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            protected void keep() throws IOException {
                out.close();
                Files.move(partial, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                kept = true;
            }

            @Override
            public void close() throws IOException {
                out.close();
                if (!kept) {
                    Files.deleteIfExists(partial);
                }
            }
        };
    }

    @Override
    protected SeekableByteChannel stored(String key) throws IOException {
        return FileChannel.open(dir().resolve(key), StandardOpenOption.READ);
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(dir().resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forEachOlderThan(Instant before, Consumer<Entry> each) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean partial = name.endsWith(PARTIAL);
                String key = partial ? name.substring(0, name.length() - PARTIAL.length()) : name;
                if (!StorageKeys.isKey(key)) {
                    continue;
                }
                Instant modified;
                try {
                    modified = Files.getLastModifiedTime(file).toInstant();
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (modified.isBefore(before) && Files.isRegularFile(file)) {
                    each.accept(new Entry(key, modified, partial ? name : null));
                }
            }
        }
    }

    @Override
    public boolean remove(Entry entry) throws IOException {
        return Files.deleteIfExists(dir().resolve(entry.unfinished() ? entry.upload() : entry.key()));
    }
}
