package io.claimscrub.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Loopback port helpers: every local server binds 127.0.0.1 only. */
public final class Ports {
    public static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private Ports() {
    }

    /** A port free right now (another process may still take it before we bind: callers retry). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** Whether nothing listens on the port and we may bind it. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, LOOPBACK)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether something accepts connections on the port. */
    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the port accepts connections, or returns false after the timeout. */
    public static boolean awaitAccepting(int port, Duration timeout, ProcessHandle owner) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (accepts(port)) {
                return true;
            }
            if (owner != null && !owner.isAlive()) {
                return false;
            }
            sleep(Duration.ofMillis(50));
        }
        return false;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
