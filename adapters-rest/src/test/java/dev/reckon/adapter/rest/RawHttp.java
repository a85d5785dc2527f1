package dev.reckon.adapter.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Speaks HTTP/1.1 over a plain socket on 127.0.0.1, so that a test can send what no HTTP client would:
 * a malformed request line, a bad Content-Length, a body that trickles in.
 */
final class RawHttp {

    private RawHttp() {
    }

    record Answer(int status, String head, String body) {

        String contentType() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    return line.substring("content-type:".length()).strip();
                }
            }
            return "";
        }
    }

    /** Sends {@code request} as it is and reads the answer until the server closes or {@code patience} passes. */
    static Answer exchange(int port, String request, Duration patience) throws IOException {
        try (Socket socket = connect(port, patience)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket);
        }
    }

    static Socket connect(int port, Duration patience) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) patience.toMillis());
        socket.setSoTimeout((int) patience.toMillis());
        return socket;
    }

    /** The answer on {@code socket}, read until the server closes the connection or goes quiet. */
    static Answer read(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                received.write(chunk, 0, n);
                if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException quietOrReset) {
            // What arrived before the server went quiet or reset the connection is the answer.
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(-1, text, "");
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
    }

    /** Whether a response with a Content-Length has all its body. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                long length = Long.parseLong(line.substring("content-length:".length()).strip());
                return text.getBytes(StandardCharsets.ISO_8859_1).length - end - 4 >= length;
            }
        }
        return false;
    }
}
