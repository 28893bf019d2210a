package io.claimscrub.local;

import java.nio.file.Path;

/**
 * {@code serve [--port 3000] [--data DIR] [--s3-port N] [--dynamodb-port N]}. S3 and DynamoDB listen
 * on the API port + 1 and + 2 when those are free (any free port otherwise, and with {@code --port 0});
 * the READY line always tells which.
 */
record ServeOptions(int port, Path data, Integer s3Port, Integer dynamoPort) {
    static final int DEFAULT_PORT = 3000;
    static final Path DEFAULT_DATA = Path.of(".claimscrub", "data");
    static final String USAGE = "usage: serve [--port 3000] [--data DIR] [--s3-port N] [--dynamodb-port N]";

    /** Thrown for bad usage; the message is the one-line reason. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static ServeOptions parse(String[] args) throws UsageException {
        int port = DEFAULT_PORT;
        Path data = DEFAULT_DATA;
        Integer s3Port = null;
        Integer dynamoPort = null;
        int i = args.length > 0 && args[0].equals("serve") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = port(arg, value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--s3-port" -> s3Port = port(arg, value(args, ++i, arg));
                case "--dynamodb-port" -> dynamoPort = port(arg, value(args, ++i, arg));
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        return new ServeOptions(port, data, s3Port, dynamoPort);
    }

    /** The S3 port to ask for: as given, else the API port + 1 when free, else 0 (any). */
    int s3PortOrNext(int apiPort) {
        return s3Port != null ? s3Port : neighbour(apiPort, 1);
    }

    int dynamoPortOrNext(int apiPort) {
        return dynamoPort != null ? dynamoPort : neighbour(apiPort, 2);
    }

    private static int neighbour(int apiPort, int offset) {
        if (apiPort == 0 || apiPort + offset > 65535 || !Ports.isFree(apiPort + offset)) {
            return 0;
        }
        return apiPort + offset;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String option, String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new UsageException(option + " must be a port between 0 and 65535, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a port number, got " + value);
        }
    }
}
