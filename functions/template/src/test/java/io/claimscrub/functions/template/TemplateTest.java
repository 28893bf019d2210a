package io.claimscrub.functions.template;

import static io.claimscrub.functions.template.CfnTemplate.list;
import static io.claimscrub.functions.template.CfnTemplate.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.ClaimTable;
import io.claimscrub.functions.common.FunctionConfig;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** template.yaml against the code it deploys, and against the security bars of SPEC §5. */
class TemplateTest {
    private static final String FUNCTION = "AWS::Serverless::Function";
    private static final String BUCKET_ARN_PREFIX = "arn:${AWS::Partition}:s3:::claimscrub-${Stage}-${AWS::AccountId}-${AWS::Region}/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CfnTemplate template = CfnTemplate.load();

    @Test
    void threeFunctionsEachWithAHandlerOfTheRightKind() throws Exception {
        List<String> functions = template.ofType(FUNCTION);
        assertEquals(3, functions.size(), "ParseClaimFile, ScrubClaims, CheckClaim");
        for (String function : functions) {
            String handler = (String) template.properties(function).get("Handler");
            assertTrue(handler.endsWith("::handleRequest"), function + ": " + handler);
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(RequestHandler.class.isAssignableFrom(type), type + " is a RequestHandler");
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), type + " has Lambda's public no-arg constructor");
            Type[] io = requestHandlerTypes(type);
            boolean s3 = !template.events(function, "S3").isEmpty();
            boolean api = !template.events(function, "Api").isEmpty();
            assertTrue(s3 ^ api, function + " is triggered by S3 or by the API, not both");
            if (s3) {
                assertEquals(List.of(S3Event.class, Void.class), List.of(io));
            } else {
                assertEquals(List.of(APIGatewayProxyRequestEvent.class, APIGatewayProxyResponseEvent.class), List.of(io));
            }
        }
    }

    @Test
    void everyVariableTheCodeReadsIsSetForEveryFunction() {
        for (String function : template.ofType(FUNCTION)) {
            Set<String> env = template.environment(function).keySet();
            for (String variable : FunctionConfig.VARIABLES) {
                assertTrue(env.contains(variable), function + " sets " + variable);
            }
            // Declared so that sam local's --env-vars may override them (it overrides declared ones only).
            assertTrue(env.contains(AwsClients.S3_FORCE_PATH_STYLE));
            assertTrue(env.contains(AwsClients.AWS_ENDPOINT_URL));
        }
    }

    @Test
    void theEndpointOverrideIsNeverSetInAws() {
        // The SDK refuses an empty AWS_ENDPOINT_URL, so without the parameter the variable must vanish.
        Object value = map(map(template.globals().get("Environment")).get("Variables")).get(AwsClients.AWS_ENDPOINT_URL);
        List<Object> choice = list(map(value).get("Fn::If"));
        assertEquals("HasEndpointUrl", choice.get(0));
        assertEquals(Map.of("Ref", "AWS::NoValue"), choice.get(2));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "EndpointUrl"), "")))),
                map(template.root().get("Conditions")).get("HasEndpointUrl"));
    }

    @Test
    void prefixesInTheTemplateAreTheOnesTheCodeIsGiven() {
        Map<String, Object> env = map(map(template.globals().get("Environment")).get("Variables"));
        assertEquals(prefix("ParseClaimFileFunction"), env.get(FunctionConfig.INBOUND_PREFIX));
        assertEquals(prefix("ScrubClaimsFunction"), env.get(FunctionConfig.WORK_PREFIX));
        // The bucket name the functions get is the very name the bucket is given.
        assertEquals(template.properties("ClaimsBucket").get("BucketName"), env.get(FunctionConfig.BUCKET_NAME));
        assertEquals(Map.of("Ref", "ClaimsTable"), env.get(FunctionConfig.TABLE_NAME));
    }

    @Test
    void noFunctionCanBeTriggeredByWhatItWrites() {
        List<String> triggers = new ArrayList<>();
        for (String function : template.ofType(FUNCTION)) {
            if (template.events(function, "S3").isEmpty()) {
                continue;
            }
            String trigger = prefix(function);
            triggers.add(trigger);
            for (String written : writablePrefixes(function)) {
                assertFalse(written.startsWith(trigger) || trigger.startsWith(written),
                        function + " writes " + written + " but is triggered by " + trigger);
            }
        }
        assertEquals(2, triggers.size());
        assertFalse(triggers.get(0).startsWith(triggers.get(1)) || triggers.get(1).startsWith(triggers.get(0)),
                "S3 refuses overlapping notification prefixes");
    }

    @Test
    void noAllowStatementGrantsADataActionOnEveryResource() {
        for (String function : template.ofType(FUNCTION)) {
            for (Object policy : list(template.properties(function).get("Policies"))) {
                Map<String, Object> p = map(policy);
                if (p.containsKey("Statement")) {
                    for (Object statement : list(p.get("Statement"))) {
                        Map<String, Object> s = map(statement);
                        assertEquals("Allow", s.get("Effect"));
                        for (Object resource : list(s.get("Resource"))) {
                            assertFalse(resource.toString().equals("*") || resource.toString().endsWith(":*"),
                                    function + " grants " + s.get("Action") + " on " + resource);
                        }
                        for (Object action : list(s.get("Action"))) {
                            assertFalse(action.toString().endsWith("*"), function + " grants a wildcard action " + action);
                        }
                    }
                } else {
                    // A SAM policy template: only the table's read template, scoped to our table.
                    assertEquals(Map.of("DynamoDBReadPolicy", Map.of("TableName", Map.of("Ref", "ClaimsTable"))), p, function);
                }
            }
        }
    }

    @Test
    void eachFunctionReachesOnlyItsOwnPrefixes() {
        assertEquals(Set.of("s3:GetObject inbound/", "s3:PutObject work/", "s3:PutObject rejected/"), s3Grants("ParseClaimFileFunction"));
        assertEquals(Set.of("s3:GetObject work/"), s3Grants("ScrubClaimsFunction"));
        assertEquals(Set.of(), s3Grants("CheckClaimFunction"), "the API never touches S3");
    }

    @Test
    void theTableIsTheOneTheCodeDeclares() {
        Map<String, Object> table = template.properties("ClaimsTable");
        CreateTableRequest code = ClaimTable.createTableRequest("t");
        assertEquals("PAY_PER_REQUEST", table.get("BillingMode"));
        assertEquals(keys(code.keySchema()), templateKeys(table.get("KeySchema")));
        assertEquals(code.attributeDefinitions().stream().map(a -> a.attributeName() + ":" + a.attributeTypeAsString())
                        .collect(Collectors.toSet()),
                list(table.get("AttributeDefinitions")).stream().map(a -> map(a).get("AttributeName") + ":" + map(a).get("AttributeType"))
                        .collect(Collectors.toSet()));
        Map<String, List<String>> codeIndexes = code.globalSecondaryIndexes().stream()
                .collect(Collectors.toMap(GlobalSecondaryIndex::indexName, i -> keys(i.keySchema())));
        Map<String, List<String>> templateIndexes = list(table.get("GlobalSecondaryIndexes")).stream()
                .collect(Collectors.toMap(i -> (String) map(i).get("IndexName"), i -> templateKeys(map(i).get("KeySchema"))));
        assertEquals(codeIndexes, templateIndexes);
        list(table.get("GlobalSecondaryIndexes")).forEach(i ->
                assertEquals("ALL", map(map(i).get("Projection")).get("ProjectionType")));
        assertEquals(Map.of("AttributeName", ClaimTable.EXPIRES_AT, "Enabled", true), table.get("TimeToLiveSpecification"));
        assertEquals(Map.of("SSEEnabled", true), table.get("SSESpecification"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), table.get("PointInTimeRecoverySpecification"));
    }

    @Test
    void theBucketIsPrivateEncryptedAndTlsOnly() {
        Map<String, Object> bucket = template.properties("ClaimsBucket");
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true), bucket.get("PublicAccessBlockConfiguration"));
        Object encryption = map(list(map(bucket.get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).get(0))
                .get("ServerSideEncryptionByDefault");
        assertNotNull(map(encryption).get("SSEAlgorithm"));

        Map<String, Object> policy = template.properties("ClaimsBucketPolicy");
        assertEquals(Map.of("Ref", "ClaimsBucket"), policy.get("Bucket"));
        boolean tlsOnly = list(map(policy.get("PolicyDocument")).get("Statement")).stream().map(CfnTemplate::map)
                .anyMatch(s -> "Deny".equals(s.get("Effect")) && "*".equals(s.get("Principal"))
                        && "s3:*".equals(s.get("Action"))
                        && list(s.get("Resource")).size() == 2
                        && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(s.get("Condition")));
        assertTrue(tlsOnly, "a Deny of every S3 action on the bucket and its objects without TLS");
    }

    @Test
    void anX12BodyIsABinaryMediaTypeSoItsBytesArriveUnchanged() {
        // SAM writes "/" as "~1"; API Gateway passes other types as text, which would mangle a Latin-1 837
        assertEquals(List.of("application~1edi-x12"), template.properties("ClaimsApi").get("BinaryMediaTypes"));
    }

    @Test
    void theApiRequiresIamAuthorizationOnEveryRoute() {
        Map<String, Object> api = template.properties("ClaimsApi");
        assertEquals("AWS_IAM", map(api.get("Auth")).get("DefaultAuthorizer"));
        Map<String, Map<String, Object>> routes = template.events("CheckClaimFunction", "Api");
        assertEquals(4, routes.size());
        routes.forEach((name, route) -> {
            assertEquals(Map.of("Ref", "ClaimsApi"), route.get("RestApiId"), name);
            assertFalse(route.containsKey("Auth"), name + " must not override the default authorizer");
        });
    }

    @Test
    void theApiRoutesAreTheOnesOpenApiDescribes() {
        Set<String> inTemplate = template.events("CheckClaimFunction", "Api").values().stream()
                .map(r -> r.get("Method").toString().toUpperCase() + " " + r.get("Path")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inOpenApi = new TreeSet<>();
        map(OpenApi.load().get("paths")).forEach((path, operations) -> map(operations).keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> inOpenApi.add(m.toUpperCase() + " " + path)));
        assertEquals(inOpenApi, inTemplate);
    }

    @Test
    void s3InvocationsThatKeepFailingLandInAQueue() {
        for (String function : List.of("ParseClaimFileFunction", "ScrubClaimsFunction")) {
            Map<String, Object> config = map(template.properties(function).get("EventInvokeConfig"));
            int retries = ((Number) config.get("MaximumRetryAttempts")).intValue();
            assertTrue(retries >= 0 && retries <= 2);
            Map<String, Object> onFailure = map(map(config.get("DestinationConfig")).get("OnFailure"));
            assertEquals("SQS", onFailure.get("Type"));
            assertEquals(Map.of("Fn::GetAtt", List.of("FailedEventsQueue", "Arn")), onFailure.get("Destination"));
        }
        assertEquals("AWS::SQS::Queue", template.resource("FailedEventsQueue").get("Type"));
    }

    @Test
    void globalsParametersAndOutputs() {
        Map<String, Object> globals = template.globals();
        assertEquals("java21", globals.get("Runtime"));
        assertEquals("Active", globals.get("Tracing"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), globals.get("SnapStart"));
        assertNotNull(globals.get("AutoPublishAlias"), "SnapStart applies to published versions only");
        assertNotNull(globals.get("MemorySize"));
        assertTrue(list(globals.get("Architectures")).contains("arm64"));
        assertTrue(map(template.root().get("Parameters")).keySet().containsAll(Set.of("Stage", "DefaultPayerProfile", "RetentionDays")));
        assertTrue(map(template.root().get("Outputs")).keySet().containsAll(Set.of("ApiUrl", "BucketName", "TableName")));
    }

    @Test
    void envJsonSetsOnlyDeclaredVariablesAndMatchesTheSampleEvents() throws Exception {
        Map<String, Object> local = map(map(JSON.readValue(CfnTemplate.ROOT.resolve("env.json").toFile(), Map.class)).get("Parameters"));
        Set<String> declared = template.environment("ParseClaimFileFunction").keySet();
        assertTrue(declared.containsAll(local.keySet()), "sam local overrides declared variables only: " + local.keySet());
        FunctionConfig config = FunctionConfig.fromEnvironment(local.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
        for (String event : List.of("s3-inbound.json", "s3-work.json")) {
            Map<String, Object> s3 = map(map(list(map(JSON.readValue(CfnTemplate.ROOT.resolve("events").resolve(event).toFile(),
                    Map.class)).get("Records")).get(0)).get("s3"));
            assertEquals(config.bucketName(), map(s3.get("bucket")).get("name"), event);
            String key = (String) map(s3.get("object")).get("key");
            assertTrue(key.startsWith(event.equals("s3-inbound.json") ? config.inboundPrefix() : config.workPrefix()), event);
        }
    }

    /** The prefix rule of a function's S3 event. */
    private String prefix(String function) {
        Map<String, Object> event = template.events(function, "S3").values().iterator().next();
        assertEquals(Map.of("Ref", "ClaimsBucket"), event.get("Bucket"));
        return list(map(map(event.get("Filter")).get("S3Key")).get("Rules")).stream().map(CfnTemplate::map)
                .filter(r -> "prefix".equals(r.get("Name"))).map(r -> (String) r.get("Value")).findFirst()
                .orElseThrow(() -> new AssertionError(function + " has no prefix rule"));
    }

    private Set<String> writablePrefixes(String function) {
        return s3Grants(function).stream().filter(g -> g.startsWith("s3:PutObject ")).map(g -> g.substring("s3:PutObject ".length()))
                .collect(Collectors.toSet());
    }

    /** "action prefix" for every S3 grant of a function; fails on any S3 grant not scoped to a prefix of our bucket. */
    private Set<String> s3Grants(String function) {
        Set<String> grants = new HashSet<>();
        for (Object policy : list(template.properties(function).get("Policies"))) {
            for (Object statement : list(map(policy).get("Statement"))) {
                Map<String, Object> s = map(statement);
                List<String> actions = list(s.get("Action")).stream().map(Object::toString).toList();
                if (actions.stream().noneMatch(a -> a.startsWith("s3:"))) {
                    continue;
                }
                for (Object resource : list(s.get("Resource"))) {
                    String arn = (String) map(resource).get("Fn::Sub");
                    if (arn == null || !arn.startsWith(BUCKET_ARN_PREFIX) || !arn.endsWith("/*")) {
                        fail(function + " has an S3 grant not scoped to a prefix of the bucket: " + resource);
                    }
                    String prefix = arn.substring(BUCKET_ARN_PREFIX.length(), arn.length() - 1);
                    actions.forEach(a -> grants.add(a + " " + prefix));
                }
            }
        }
        return grants;
    }

    private static List<String> keys(List<KeySchemaElement> schema) {
        return schema.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList();
    }

    private static List<String> templateKeys(Object schema) {
        return list(schema).stream().map(k -> map(k).get("AttributeName") + ":" + map(k).get("KeyType")).toList();
    }

    private static Type[] requestHandlerTypes(Class<?> type) {
        for (Type t : type.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                return p.getActualTypeArguments();
            }
        }
        throw new AssertionError(type + " does not implement RequestHandler directly");
    }
}
