package dev.kunai.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.UploadedFile;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.it.support.RawHttp;
import dev.kunai.jetty.JettyServer;
import dev.kunai.param.File;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.pipeline.Limits;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A multipart upload streams to a temporary file: the heap stays flat while the body arrives over a real
 * socket. The normal run uploads 64 MiB; {@code -Dkunai.upload.big=true} uploads 1 GiB. The peak heap growth
 * (sampled every 10 ms, compared with the heap after a GC before the upload) goes to
 * {@code target/upload-heap.txt}.
 */
class LargeUploadTest {

    private static final long MIB = 1024 * 1024;
    private static final AtomicReference<Path> SEEN = new AtomicReference<>();

    @Controller("/")
    public static class Uploads {
        /** Reads the upload as a stream and answers its size and byte sum. */
        @Post("/upload")
        public Received upload(@File UploadedFile file) throws IOException {
            SEEN.set(file.temporaryFile().orElse(null));
            long sum = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = file.open()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        sum += buffer[i];
                    }
                }
            }
            return new Received(file.size(), sum);
        }
    }

    /** What the handler saw: the upload's size in bytes and the sum of its (signed) bytes. */
    public record Received(long size, long sum) {}

    @Test
    void aLargeUploadKeepsTheHeapFlat() throws Exception {
        long size = Boolean.getBoolean("kunai.upload.big") ? 1024 * MIB : 64 * MIB;
        Dispatcher dispatcher = Dispatcher.builder()
                .container(GuiceContainer.create())
                .limits(Limits.defaults().withMultipart(16, 4096 * MIB, 4096 * MIB))
                .mount(KunaiApi.builder().prefix("").controllers(Uploads.class).build())
                .build();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (RunningServer server = JettyServer.create()
                .start(dispatcher, ServerOptions.builder().port(0).build())) {
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long started = System.nanoTime();
            RawHttp.Response response = upload(server.port(), size);
            long millis = (System.nanoTime() - started) / 1_000_000;
            running.set(false);
            sampler.join();
            long growth = peak.get() - baseline;
            String line = String.format(
                    "Upload of %d MiB over a socket in %d ms: peak heap growth %d MiB (baseline %d MiB after GC, "
                            + "max heap %d MiB)",
                    size / MIB,
                    millis,
                    growth / MIB,
                    baseline / MIB,
                    memory.getHeapMemoryUsage().getMax() / MIB);
            System.out.println(line);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "upload-heap.txt"), line + System.lineSeparator());
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{\"size\":" + size + ",\"sum\":" + expectedSum(size) + "}");
            assertThat(SEEN.get()).isNotNull().doesNotExist();
            assertThat(growth).as("peak heap growth in bytes").isLessThan(48 * MIB);
        }
    }

    private static byte content(long index) {
        return (byte) (index % 251);
    }

    private static long expectedSum(long size) {
        long sum = 0;
        for (long i = 0; i < size; i++) {
            sum += content(i);
        }
        return sum;
    }

    private static RawHttp.Response upload(int port, long size) throws IOException {
        byte[] head = ("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\r\n--B--\r\n".getBytes(StandardCharsets.ISO_8859_1);
        String request = "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=B\r\n"
                + "Content-Length: " + (head.length + size + tail.length) + "\r\nConnection: close\r\n\r\n";
        try (RawHttp http = RawHttp.connect(port, Duration.ofMinutes(5))) {
            http.send(request.getBytes(StandardCharsets.ISO_8859_1));
            http.send(head);
            byte[] chunk = new byte[64 * 1024];
            for (long sent = 0; sent < size; ) {
                int n = (int) Math.min(chunk.length, size - sent);
                for (int i = 0; i < n; i++) {
                    chunk[i] = content(sent + i);
                }
                http.send(n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
                sent += n;
            }
            http.send(tail);
            return http.read();
        }
    }
}
