package ro.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ro.cluster.ChaosWorkload.Kind;

/** What a chaos run did and found, as figures: printed and written to target/chaos-report.txt. */
final class ChaosFigures {

    private final Map<Kind, Integer> writes = new EnumMap<>(Kind.class);
    private final List<Long> readyMillis = new ArrayList<>();
    private final List<String> breaches = new ArrayList<>();
    private int rounds;
    private int killedMidUpload;
    private int killedMidWrite;
    private int answered2xx;
    private int answeredOther;
    private int checks;
    private int orphansBefore = -1;
    private int orphansAfter = -1;
    private int undatedUploads;

    void round(Kind kind, KilledWrite.Outcome outcome) {
        rounds++;
        writes.merge(kind, 1, Integer::sum);
        if (outcome.killedMidBody()) {
            killedMidUpload++;
        } else if (!outcome.answered()) {
            killedMidWrite++;
        } else if (outcome.succeeded()) {
            answered2xx++;
        } else {
            answeredOther++;
        }
    }

    void ready(Duration took) {
        readyMillis.add(took.toMillis());
    }

    void checked(List<String> found) {
        checks++;
        breaches.addAll(found);
    }

    /** Orphans before the sweep, after it, and unfinished uploads left because the store gives them no start time. */
    void orphans(int before, int after, int undated) {
        orphansBefore = before;
        orphansAfter = after;
        undatedUploads = undated;
    }

    List<String> breaches() {
        return breaches;
    }

    /** The report, line by line. */
    List<String> report(String storage, long seed, long auditEntries, Duration took) {
        List<Long> sorted = readyMillis.stream().sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("Chaos: SIGKILL of the API during random writes and uploads (" + storage + " storage, seed " + seed + ")");
        lines.add(String.format("  rounds                            %d  %s", rounds, writes));
        lines.add(String.format("  kills mid-upload (body half sent) %d", killedMidUpload));
        lines.add(String.format("  kills mid-write (no answer)       %d", killedMidWrite));
        lines.add(String.format("  writes answered 2xx before a kill %d  (all must be there)", answered2xx));
        lines.add(String.format("  writes answered otherwise         %d  (refused by a rule: nothing to keep)", answeredOther));
        lines.add(String.format("  orphan files before the sweep     %d", orphansBefore));
        lines.add(String.format("  orphan files after the sweep      %d  (must be 0)", orphansAfter));
        if (undatedUploads > 0) {
            lines.add(String.format("  unfinished uploads left           %d  (S3Proxy gives them no start time: never old to the sweep)", undatedUploads));
        }
        lines.add(sorted.isEmpty() ? "  time to ready after a restart     -"
                : String.format("  time to ready after a restart     min %d ms, median %d ms, max %d ms", sorted.get(0),
                        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1)));
        lines.add(String.format("  invariant checks                  %d, audit entries %d, run took %d s", checks, auditEntries, took.toSeconds()));
        lines.add(breaches.isEmpty() ? "  breaches                          none" : "  breaches                          " + breaches.size());
        breaches.forEach(b -> lines.add("    " + b));
        return lines;
    }

    static void write(List<String> report, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.forEach(System.out::println);
    }
}
