package io.claimscrub.functions.check;

import io.claimscrub.functions.common.ClaimRecord;
import io.claimscrub.functions.common.FileSummary;
import io.claimscrub.functions.common.Page;
import io.claimscrub.functions.common.ResultStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory store: pages are slices of a list, tokens are the next index as text. */
final class FakeResultStore implements ResultStore {
    final Map<String, FileSummary> files = new LinkedHashMap<>();
    final Map<String, List<ClaimRecord>> claimsByFile = new LinkedHashMap<>();
    final List<String> keysAsked = new ArrayList<>();
    RuntimeException failure;

    @Override
    public Optional<FileSummary> file(String fileId) {
        fail();
        return Optional.ofNullable(files.get(fileId));
    }

    @Override
    public List<FileSummary> filesByKey(String key) {
        fail();
        keysAsked.add(key);
        return files.values().stream().filter(f -> key.equals(f.key())).toList();
    }

    @Override
    public Page<ClaimRecord> claimsOfFile(FileSummary file, int limit, String nextToken) {
        return page(claimsByFile.getOrDefault(file.fileId(), List.of()), limit, nextToken);
    }

    @Override
    public Page<ClaimRecord> claimsById(String claimId, int limit, String nextToken) {
        List<ClaimRecord> all = claimsByFile.values().stream().flatMap(List::stream)
                .filter(c -> claimId.equals(c.claimId())).toList();
        return page(all, limit, nextToken);
    }

    private void fail() {
        if (failure != null) {
            throw failure;
        }
    }

    private static Page<ClaimRecord> page(List<ClaimRecord> all, int limit, String nextToken) {
        int from;
        try {
            from = nextToken == null ? 0 : Integer.parseInt(nextToken);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("nextToken is not a token this API issued");
        }
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.subList(Math.min(from, to), to), to < all.size() ? Integer.toString(to) : null);
    }
}
