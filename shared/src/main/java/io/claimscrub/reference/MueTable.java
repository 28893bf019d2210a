package io.claimscrub.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** MUE values by code. Immutable once built. */
public final class MueTable {
    /** Every code of every claim is looked up. */
    private final CodeMap<MueEdit> byCode;

    public MueTable(Collection<MueEdit> edits) {
        Map<String, MueEdit> map = new HashMap<>();
        for (MueEdit e : edits) {
            map.put(e.code(), e);
        }
        this.byCode = new CodeMap<>(map);
    }

    public Optional<MueEdit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }
}
