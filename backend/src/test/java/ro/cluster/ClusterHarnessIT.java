package ro.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ro.testing.Callers;
import ro.testing.Participants;

/** The harness itself: two API processes on one database both answer ready and see each other's writes. */
class ClusterHarnessIT {

    @Test
    void two_processes_on_one_database_are_ready_and_share_what_they_write() throws Exception {
        var files = Files.createTempDirectory("ro-cluster-files");
        try (var database = ClusterDatabase.create();
                var first = new ApiProcess("harness-a", 18100, database, files, Map.of()).start();
                var second = new ApiProcess("harness-b", 18101, database, files, Map.of()).start()) {
            assertThat(first.readyStatus()).isEqualTo(200);
            assertThat(second.readyStatus()).isEqualTo(200);

            String id = Callers.coordinator().baseUri(first.baseUrl())
                    .body(Participants.victim("Ann", Participants.unique("Harness"))).post("/api/participants")
                    .then().statusCode(201).extract().path("id");
            Callers.coordinator().baseUri(second.baseUrl()).get("/api/participants/" + id).then().statusCode(200);
            assertThat(database.number("select count(*) from participant where id = ?::uuid", id)).isEqualTo(1);
        }
    }
}
