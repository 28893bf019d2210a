package io.claimscrub.local.pipeline;

import io.claimscrub.functions.common.ClaimTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What dynalite holds for a file, read straight from the table (not through the API). */
final class Stored {
    private Stored() {
    }

    /** The positions in the file (seq) of every claim item stored for the file, one per item. */
    static List<Long> claimSeqs(DynamoDbClient dynamo, String table, String fileId) {
        List<Long> seqs = new ArrayList<>();
        dynamo.scanPaginator(b -> b.tableName(table).consistentRead(true)
                        .filterExpression("#f = :f AND attribute_exists(#seq)")
                        .expressionAttributeNames(Map.of("#f", ClaimTable.FILE_ID, "#seq", ClaimTable.SEQ))
                        .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(fileId))))
                .items()
                .forEach(item -> seqs.add(Long.parseLong(item.get(ClaimTable.SEQ).n())));
        return seqs;
    }
}
