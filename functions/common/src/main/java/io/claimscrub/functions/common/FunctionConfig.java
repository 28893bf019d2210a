package io.claimscrub.functions.common;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What every function reads from its environment (the same variables in Lambda, under
 * {@code sam local} and in the local stack). Endpoints, region and S3 path style are the SDK
 * clients' business: see {@link AwsClients}.
 *
 * @param bucketName          the drop bucket (BUCKET_NAME, required)
 * @param tableName           the results table (TABLE_NAME, required)
 * @param inboundPrefix       where 837 files are dropped (INBOUND_PREFIX, default {@code inbound/})
 * @param workPrefix          where parsed claim batches go (WORK_PREFIX, default {@code work/})
 * @param rejectedPrefix      where unreadable files are moved (REJECTED_PREFIX, default {@code rejected/})
 * @param defaultPayerProfile profile for claims whose payer maps to none (DEFAULT_PAYER_PROFILE, default {@code medicare})
 * @param payerProfilesDir    directory of payer profile YAML files that add to or override the built-in
 *                            ones, e.g. a Lambda layer's {@code /opt/payers} (PAYER_PROFILES_DIR; empty or
 *                            unset: built-ins only); null when unset
 * @param ncciPtpFiles        the current quarter's CMS NCCI practitioner PTP files, e.g. a layer's
 *                            {@code /opt/ncci/ccipra-v321r0-f1.txt} to {@code -f4.txt} (NCCI_PTP_FILES, comma-separated;
 *                            empty or unset: the shipped 2024 Q2 therapy subset); never null
 * @param ncciMueFile         the current quarter's CMS MUE practitioner .csv (NCCI_MUE_FILE; empty or unset: the
 *                            shipped subset); null when unset
 * @param resultTtlDays       days results and file records are kept (RESULT_TTL_DAYS, default 90)
 * @param batchSize           claims per work batch (BATCH_SIZE, default 500)
 */
public record FunctionConfig(String bucketName, String tableName, String inboundPrefix, String workPrefix,
                             String rejectedPrefix, String defaultPayerProfile, String payerProfilesDir,
                             List<String> ncciPtpFiles, String ncciMueFile, int resultTtlDays, int batchSize) {
    public static final String BUCKET_NAME = "BUCKET_NAME";
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String INBOUND_PREFIX = "INBOUND_PREFIX";
    public static final String WORK_PREFIX = "WORK_PREFIX";
    public static final String REJECTED_PREFIX = "REJECTED_PREFIX";
    public static final String DEFAULT_PAYER_PROFILE = "DEFAULT_PAYER_PROFILE";
    public static final String PAYER_PROFILES_DIR = "PAYER_PROFILES_DIR";
    public static final String NCCI_PTP_FILES = "NCCI_PTP_FILES";
    public static final String NCCI_MUE_FILE = "NCCI_MUE_FILE";
    public static final String RESULT_TTL_DAYS = "RESULT_TTL_DAYS";
    public static final String BATCH_SIZE = "BATCH_SIZE";

    /** Every variable this record reads; the template test checks the template sets each one. */
    public static final List<String> VARIABLES = List.of(BUCKET_NAME, TABLE_NAME, INBOUND_PREFIX, WORK_PREFIX,
            REJECTED_PREFIX, DEFAULT_PAYER_PROFILE, PAYER_PROFILES_DIR, NCCI_PTP_FILES, NCCI_MUE_FILE, RESULT_TTL_DAYS,
            BATCH_SIZE);

    public FunctionConfig {
        requireText(BUCKET_NAME, bucketName);
        requireText(TABLE_NAME, tableName);
        inboundPrefix = prefix(INBOUND_PREFIX, inboundPrefix);
        workPrefix = prefix(WORK_PREFIX, workPrefix);
        rejectedPrefix = prefix(REJECTED_PREFIX, rejectedPrefix);
        requireText(DEFAULT_PAYER_PROFILE, defaultPayerProfile);
        payerProfilesDir = payerProfilesDir == null || payerProfilesDir.isBlank() ? null : payerProfilesDir.trim();
        ncciPtpFiles = ncciPtpFiles == null ? List.of() : List.copyOf(ncciPtpFiles);
        ncciMueFile = ncciMueFile == null || ncciMueFile.isBlank() ? null : ncciMueFile.trim();
        // A function must never be triggered by what it writes: the three prefixes must not nest.
        requireDisjoint(INBOUND_PREFIX, inboundPrefix, WORK_PREFIX, workPrefix);
        requireDisjoint(INBOUND_PREFIX, inboundPrefix, REJECTED_PREFIX, rejectedPrefix);
        requireDisjoint(WORK_PREFIX, workPrefix, REJECTED_PREFIX, rejectedPrefix);
        if (resultTtlDays < 1) {
            throw new IllegalArgumentException(RESULT_TTL_DAYS + " must be at least 1, got " + resultTtlDays);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(BATCH_SIZE + " must be at least 1, got " + batchSize);
        }
    }

    /** Reads the configuration; a missing required variable or a bad value is an IllegalArgumentException naming it. */
    public static FunctionConfig fromEnvironment(Map<String, String> env) {
        return new FunctionConfig(
                env.get(BUCKET_NAME),
                env.get(TABLE_NAME),
                env.getOrDefault(INBOUND_PREFIX, "inbound/"),
                env.getOrDefault(WORK_PREFIX, "work/"),
                env.getOrDefault(REJECTED_PREFIX, "rejected/"),
                env.getOrDefault(DEFAULT_PAYER_PROFILE, "medicare"),
                env.get(PAYER_PROFILES_DIR),
                paths(env.get(NCCI_PTP_FILES)),
                env.get(NCCI_MUE_FILE),
                integer(env, RESULT_TTL_DAYS, 90),
                integer(env, BATCH_SIZE, 500));
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + value + "\"");
        }
    }

    /** A comma-separated list of paths (CMS splits the PTP table into several files); empty entries dropped. */
    private static List<String> paths(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
    }

    /** A key prefix: non-empty, no leading slash, ending in a slash so "work" cannot match "workshop/". */
    private static String prefix(String name, String value) {
        requireText(name, value);
        String p = value.trim();
        if (p.startsWith("/")) {
            throw new IllegalArgumentException(name + " must not start with '/', got \"" + value + "\"");
        }
        return p.endsWith("/") ? p : p + "/";
    }

    private static void requireDisjoint(String nameA, String a, String nameB, String b) {
        if (a.startsWith(b) || b.startsWith(a)) {
            throw new IllegalArgumentException(nameA + " (" + a + ") and " + nameB + " (" + b + ") must not overlap");
        }
    }
}
