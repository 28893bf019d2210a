package io.claimscrub.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the input files named on the command line, {@code -} being stdin. */
final class InputFiles {
    static final String STDIN = "-";

    private InputFiles() {
    }

    /**
     * @throws UsageException with a one-line reason ({@code claims.edi: no such file}) when the file
     *                        cannot be opened
     */
    static InputStream open(String name, InputStream stdin) {
        if (name.equals(STDIN)) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // stdin belongs to the process, not to one command's input
                }
            };
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new UsageException(name + ": is a directory");
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UsageException(name + ": " + reason(e));
        }
    }

    /** Why a file could not be read, in a few words ({@code no such file}), never a stack trace. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot be read (" + e.getMessage() + ")";
    }

    /** The file's size in bytes, or -1 for stdin or when it cannot be known. */
    static long size(String name) {
        if (name.equals(STDIN)) {
            return -1;
        }
        try {
            return Files.size(Path.of(name));
        } catch (IOException e) {
            return -1;
        }
    }
}
