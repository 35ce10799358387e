package ro.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.restassured.response.Response;

/** Sends requests at the same moment, each from its own thread, for race tests; their answers in order. */
public final class AtOnce {

    private AtOnce() {
    }

    public static List<Response> send(List<Supplier<Response>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (Supplier<Response> request : requests) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
