package dev.kunai.it.support;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client over a plain socket, for requests no well-behaved client sends:
 * oversized or malformed request lines and headers, lying Content-Length, trickled bodies, junk bytes.
 */
public final class RawHttp implements AutoCloseable {

    /**
     * A parsed response.
     *
     * @param status  the status code
     * @param headers the headers (names lower-cased; last value wins)
     * @param body    the body bytes
     */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects to 127.0.0.1:{@code port}; reads time out after {@code readTimeout}. */
    public static RawHttp connect(int port, Duration readTimeout) throws IOException {
        Socket socket = new Socket();
        // Generous: a burst of connections beyond the listen backlog waits for SYN retransmits (1 s, 3 s, 7 s ...).
        socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
        socket.setSoTimeout((int) readTimeout.toMillis());
        socket.setTcpNoDelay(true);
        return new RawHttp(socket);
    }

    /** Sends one request and reads its response on a fresh connection. */
    public static Response exchange(int port, byte[] request) throws IOException {
        return exchange(port, request, Duration.ofSeconds(30));
    }

    /** Sends one request and reads its response on a fresh connection, waiting up to {@code readTimeout}. */
    public static Response exchange(int port, byte[] request, Duration readTimeout) throws IOException {
        try (RawHttp http = connect(port, readTimeout)) {
            http.sendIgnoringReset(request);
            return http.read();
        }
    }

    /** {@code METHOD target HTTP/1.1} with Host, the given extra header lines and a body with its length. */
    public static byte[] request(String method, String target, String headers, byte[] body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                + (body.length > 0 || method.equals("POST") ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** A JSON POST. */
    public static byte[] postJson(String target, String json) {
        return request("POST", target, "Content-Type: application/json\r\n", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes and flushes. */
    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * Writes bytes, tolerating the server closing the connection early (it may answer 413/431 and close
     * before reading all of an oversized request); the response is still there to read.
     */
    public void sendIgnoringReset(byte[] bytes) {
        try {
            int chunk = 64 * 1024;
            for (int off = 0; off < bytes.length; off += chunk) {
                out.write(bytes, off, Math.min(chunk, bytes.length - off));
            }
            out.flush();
        } catch (IOException e) {
            // The server already answered and closed; read() gets its answer.
        }
    }

    /** Reads one response (Content-Length or chunked body; else until the server closes). */
    public Response read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new EOFException("Connection closed before a response");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().strip(), 16);
                    size > 0;
                    size = Integer.parseInt(line().strip(), 16)) {
                all.writeBytes(in.readNBytes(size));
                line();
            }
            line();
            body = all.toByteArray();
        } else if (status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, body);
    }

    /** True when the server closed the connection (EOF) within the read timeout. */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
