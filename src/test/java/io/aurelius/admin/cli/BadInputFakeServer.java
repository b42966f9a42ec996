package io.aurelius.admin.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A tiny local TCP server that is not PostgreSQL, for the bad-input tests: one that answers like a web
 * server, one that accepts and hangs up, and one that speaks just enough of the PostgreSQL wire protocol
 * to claim to be some other product (or too old a PostgreSQL). It serves until closed.
 */
final class BadInputFakeServer implements AutoCloseable {

    private enum Kind { HTTP, HANG_UP, WIRE }

    private static final int SSL_REQUEST = 80877103;
    private static final int GSSENC_REQUEST = 80877104;

    private final Kind kind;
    private final String version;
    private final String serverVersion;
    private final int serverVersionNum;
    private final ServerSocket socket;
    private final AtomicBoolean sslRequested = new AtomicBoolean();
    private final Thread acceptor;

    private BadInputFakeServer(Kind kind, String version, String serverVersion, int serverVersionNum) {
        this.kind = kind;
        this.version = version;
        this.serverVersion = serverVersion;
        this.serverVersionNum = serverVersionNum;
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.acceptor = new Thread(this::serve, "bad-input-fake-server-" + kind);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers anything with an HTTP 400 page, as a web server on the wrong port would. */
    static BadInputFakeServer http() {
        return new BadInputFakeServer(Kind.HTTP, null, null, 0);
    }

    /** Accepts each connection and closes it at once without a word. */
    static BadInputFakeServer hangUp() {
        return new BadInputFakeServer(Kind.HANG_UP, null, null, 0);
    }

    /**
     * Speaks the PostgreSQL protocol (trust authentication, no SSL) and reports itself as {@code version()}
     * = version, {@code server_version} = serverVersion, {@code server_version_num} = serverVersionNum.
     */
    static BadInputFakeServer wire(String version, String serverVersion, int serverVersionNum) {
        return new BadInputFakeServer(Kind.WIRE, version, serverVersion, serverVersionNum);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** True once a client asked this server for SSL (the driver does unless sslmode is disable). */
    boolean sslRequested() {
        return sslRequested.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(20_000);
                switch (kind) {
                    case HTTP -> answerHttp(client);
                    case HANG_UP -> { }
                    case WIRE -> answerWire(client);
                    default -> throw new IllegalStateException(kind.toString());
                }
            } catch (IOException e) {
                // the client went away or the server is closing: next one
            }
        }
    }

    private static void answerHttp(Socket client) throws IOException {
        client.getInputStream().read(new byte[1024]);
        client.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
    }

    // --- just enough of the PostgreSQL v3 protocol -----------------------------------------------------

    private void answerWire(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
        while (true) {
            int len = in.readInt();
            int code = in.readInt();
            in.readFully(new byte[len - 8]);
            if (code == SSL_REQUEST || code == GSSENC_REQUEST) {
                if (code == SSL_REQUEST) {
                    sslRequested.set(true);
                }
                out.write('N');
                out.flush();
                continue;
            }
            break; // the startup message
        }
        message(out, 'R', int32(0)); // AuthenticationOk
        for (String[] p : List.of(new String[] {"server_version", serverVersion},
                new String[] {"server_encoding", "UTF8"}, new String[] {"client_encoding", "UTF8"},
                new String[] {"DateStyle", "ISO, MDY"}, new String[] {"integer_datetimes", "on"},
                new String[] {"standard_conforming_strings", "on"}, new String[] {"TimeZone", "UTC"})) {
            message(out, 'S', concat(cstring(p[0]), cstring(p[1])));
        }
        message(out, 'K', concat(int32(4242), int32(1)));
        message(out, 'Z', new byte[] {'I'});
        out.flush();

        String query = "";
        while (true) {
            int type = in.read();
            if (type < 0 || type == 'X') {
                return;
            }
            byte[] body = new byte[in.readInt() - 4];
            in.readFully(body);
            switch (type) {
                case 'P' -> {
                    query = secondCString(body);
                    message(out, '1', new byte[0]);
                }
                case 'B' -> message(out, '2', new byte[0]);
                case 'D' -> {
                    if (body[0] == 'S') {
                        message(out, 't', int16(0));
                    }
                    describe(out, query);
                }
                case 'E' -> execute(out, query);
                case 'C' -> message(out, '3', new byte[0]);
                case 'S' -> {
                    message(out, 'Z', new byte[] {'I'});
                    out.flush();
                }
                case 'H' -> out.flush();
                case 'Q' -> {
                    query = new String(body, 0, body.length - 1, StandardCharsets.UTF_8);
                    if (!columns(query).isEmpty()) { // the simple protocol has no NoData message
                        describe(out, query);
                    }
                    execute(out, query);
                    message(out, 'Z', new byte[] {'I'});
                    out.flush();
                }
                default -> {
                    return;
                }
            }
        }
    }

    /** Column name, type oid, type length, text value. */
    private record Column(String name, int oid, int length, String value) {
    }

    private List<Column> columns(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        if (q.contains("version()")) {
            return List.of(new Column("version", 25, -1, version),
                    new Column("current_setting", 25, -1, serverVersion),
                    new Column("current_setting", 23, 4, Integer.toString(serverVersionNum)),
                    new Column("current_database", 19, 64, "aurelius"),
                    new Column("current_user", 19, 64, "aurelius"),
                    new Column("?column?", 16, 1, "f"));
        }
        if (q.startsWith("select")) {
            return List.of(new Column("?column?", 23, 4, "1"));
        }
        return List.of();
    }

    private void describe(DataOutputStream out, String query) throws IOException {
        List<Column> cols = columns(query);
        if (cols.isEmpty()) {
            message(out, 'n', new byte[0]);
            return;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(int16(cols.size()));
        for (Column c : cols) {
            b.write(cstring(c.name()));
            b.write(int32(0));
            b.write(int16(0));
            b.write(int32(c.oid()));
            b.write(int16(c.length()));
            b.write(int32(-1));
            b.write(int16(0));
        }
        message(out, 'T', b.toByteArray());
    }

    private void execute(DataOutputStream out, String query) throws IOException {
        List<Column> cols = columns(query);
        if (cols.isEmpty()) {
            message(out, 'C', cstring("SET"));
            return;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(int16(cols.size()));
        for (Column c : cols) {
            byte[] v = c.value().getBytes(StandardCharsets.UTF_8);
            b.write(int32(v.length));
            b.write(v);
        }
        message(out, 'D', b.toByteArray());
        message(out, 'C', cstring("SELECT 1"));
    }

    private static void message(DataOutputStream out, char type, byte[] body) throws IOException {
        out.write(type);
        out.writeInt(body.length + 4);
        out.write(body);
    }

    private static String secondCString(byte[] body) {
        int first = indexOfZero(body, 0);
        int second = indexOfZero(body, first + 1);
        return new String(body, first + 1, second - first - 1, StandardCharsets.UTF_8);
    }

    private static int indexOfZero(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return b.length;
    }

    private static byte[] cstring(String s) {
        return concat(s.getBytes(StandardCharsets.UTF_8), new byte[] {0});
    }

    private static byte[] int32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static byte[] int16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
