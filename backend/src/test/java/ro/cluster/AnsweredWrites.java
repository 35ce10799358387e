package ro.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ro.cluster.ChaosWorkload.Proof;

/** Every write the client was answered 2xx, by what it proves: each must be in the database, whatever was killed later. */
final class AnsweredWrites {

    private final Map<Proof, Integer> answers = new LinkedHashMap<>();
    private int count;

    void add(Proof proof) {
        answers.merge(proof, 1, Integer::sum);
        count++;
    }

    int count() {
        return count;
    }

    /** The answered writes the database does not hold (none, when nothing answered was lost). */
    List<String> missing(ClusterDatabase database) {
        List<String> lost = new ArrayList<>();
        answers.forEach((proof, times) -> {
            long found = database.number(proof.sql(), proof.parameters().toArray());
            if (found < times) {
                lost.add("lost write: " + proof.what() + " " + proof.parameters() + " answered 2xx " + times + " times, " + found + " there");
            }
        });
        return lost;
    }
}
