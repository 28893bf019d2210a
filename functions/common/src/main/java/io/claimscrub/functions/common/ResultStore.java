package io.claimscrub.functions.common;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The stored results as the API reads them. */
public interface ResultStore {
    Optional<FileSummary> file(String fileId);

    /** Every file dropped under an S3 key, newest first. */
    List<FileSummary> filesByKey(String key);

    /** A page of a file's claim results in file order. */
    Page<ClaimRecord> claimsOfFile(FileSummary file, int limit, String nextToken);

    /** A page of the results stored under a claim id, newest first. */
    Page<ClaimRecord> claimsById(String claimId, int limit, String nextToken);

    /** The store on the results table. */
    static ResultStore dynamo(DynamoDbClient dynamo, FunctionConfig config) {
        FileRecords files = new FileRecords(dynamo, config);
        ClaimResults claims = new ClaimResults(dynamo, config);
        return new ResultStore() {
            @Override
            public Optional<FileSummary> file(String fileId) {
                return files.get(fileId);
            }

            @Override
            public List<FileSummary> filesByKey(String key) {
                return files.findByKey(key);
            }

            @Override
            public Page<ClaimRecord> claimsOfFile(FileSummary file, int limit, String nextToken) {
                return claims.ofFile(file, limit, nextToken);
            }

            @Override
            public Page<ClaimRecord> claimsById(String claimId, int limit, String nextToken) {
                return claims.byClaimId(claimId, limit, nextToken);
            }
        };
    }
}
