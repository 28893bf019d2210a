package io.claimscrub.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** MUE values by code. */
public final class MueTable {
    private final Map<String, MueEdit> byCode = new HashMap<>();

    public MueTable(Collection<MueEdit> edits) {
        for (MueEdit e : edits) {
            byCode.put(e.code(), e);
        }
    }

    public Optional<MueEdit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }
}
