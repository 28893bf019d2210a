package io.claimscrub.local;

import io.claimscrub.functions.common.FunctionConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code serve [--port 3000] [--data DIR] [--s3-port N] [--dynamodb-port N]} and the engine options of
 * {@code check} and {@code scrub}. S3 and DynamoDB listen on the API port + 1 and + 2 when those are free
 * (any free port otherwise, and with {@code --port 0}); the READY line always tells which.
 *
 * @param env the functions' variables the engine options set (PAYER_PROFILES_DIR, DEFAULT_PAYER_PROFILE,
 *            NCCI_PTP_FILES, NCCI_MUE_FILE), so that the local stack runs a deployment's configuration
 */
record ServeOptions(int port, Path data, Integer s3Port, Integer dynamoPort, Map<String, String> env) {
    static final int DEFAULT_PORT = 3000;
    static final Path DEFAULT_DATA = Path.of(".claimscrub", "data");
    static final String USAGE = "usage: serve [--port 3000] [--data DIR] [--s3-port N] [--dynamodb-port N]"
            + " [--payers DIR] [--default-profile ID] [--ncci-ptp FILE]... [--ncci-mue FILE]";

    ServeOptions {
        env = Map.copyOf(env);
    }

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
        Map<String, String> env = new LinkedHashMap<>();
        List<String> ptp = new ArrayList<>();
        int i = args.length > 0 && args[0].equals("serve") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = port(arg, value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--s3-port" -> s3Port = port(arg, value(args, ++i, arg));
                case "--dynamodb-port" -> dynamoPort = port(arg, value(args, ++i, arg));
                case "--payers" -> env.put(FunctionConfig.PAYER_PROFILES_DIR, value(args, ++i, arg));
                case "--default-profile" -> env.put(FunctionConfig.DEFAULT_PAYER_PROFILE, value(args, ++i, arg));
                case "--ncci-ptp" -> ptp.add(file(arg, value(args, ++i, arg)));
                case "--ncci-mue" -> env.put(FunctionConfig.NCCI_MUE_FILE, value(args, ++i, arg));
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (!ptp.isEmpty()) {
            env.put(FunctionConfig.NCCI_PTP_FILES, String.join(",", ptp));
        }
        return new ServeOptions(port, data, s3Port, dynamoPort, env);
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

    /** NCCI_PTP_FILES separates its files by commas, so a name may not hold one. */
    private static String file(String option, String value) throws UsageException {
        if (value.contains(",")) {
            throw new UsageException(option + " file names may not contain ',', got " + value);
        }
        return value;
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
