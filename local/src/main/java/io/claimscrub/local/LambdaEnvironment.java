package io.claimscrub.local;

import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.FunctionConfig;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The functions' environment variables as template.yaml sets them in Lambda, pointed at the local servers. */
final class LambdaEnvironment {
    private LambdaEnvironment() {
    }

    static Map<String, String> of(String bucket, String table, URI s3, URI dynamo, Map<String, String> overrides) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(FunctionConfig.BUCKET_NAME, bucket);
        env.put(FunctionConfig.TABLE_NAME, table);
        env.put(FunctionConfig.INBOUND_PREFIX, "inbound/");
        env.put(FunctionConfig.WORK_PREFIX, "work/");
        env.put(FunctionConfig.REJECTED_PREFIX, "rejected/");
        env.put(FunctionConfig.DEFAULT_PAYER_PROFILE, "medicare");
        env.put(FunctionConfig.PAYER_PROFILES_DIR, "");
        env.put(FunctionConfig.NCCI_PTP_FILES, "");
        env.put(FunctionConfig.NCCI_MUE_FILE, "");
        env.put(FunctionConfig.RESULT_TTL_DAYS, "90");
        env.put(FunctionConfig.BATCH_SIZE, "500");
        env.put(AwsClients.AWS_REGION, LocalClients.REGION.id());
        env.put(AwsClients.AWS_ENDPOINT_URL_S3, s3.toString());
        env.put(AwsClients.AWS_ENDPOINT_URL_DYNAMODB, dynamo.toString());
        env.put(AwsClients.S3_FORCE_PATH_STYLE, "true");
        env.putAll(overrides);
        return Map.copyOf(env);
    }
}
