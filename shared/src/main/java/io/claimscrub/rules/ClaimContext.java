package io.claimscrub.rules;

import io.claimscrub.model.Claim;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything a rule may read about one claim: the claim, the payer profile chosen for it, the
 * reference tables, and derived views that several rules share (computed once, on first use).
 */
public final class ClaimContext {
    private final Claim claim;
    private final PayerProfile profile;
    private final ReferenceData reference;
    private final Map<Object, Object> derived = new HashMap<>();
    private Map<LocalDate, List<ServiceLine>> linesByDate;

    public ClaimContext(Claim claim, PayerProfile profile, ReferenceData reference) {
        this.claim = Objects.requireNonNull(claim);
        this.profile = Objects.requireNonNull(profile);
        this.reference = Objects.requireNonNull(reference);
    }

    public Claim claim() {
        return claim;
    }

    public PayerProfile profile() {
        return profile;
    }

    public ReferenceData reference() {
        return reference;
    }

    /**
     * Service lines grouped by date of service, in line order. Lines with no date at all (neither
     * their own nor the claim's) share the {@code null} key: they are one unknown date. Unmodifiable.
     */
    public Map<LocalDate, List<ServiceLine>> linesByDate() {
        if (linesByDate == null) {
            linesByDate = group(claim.lines());
        }
        return linesByDate;
    }

    private static Map<LocalDate, List<ServiceLine>> group(List<ServiceLine> lines) {
        if (!lines.isEmpty() && oneDate(lines)) { // the usual claim: no map building, no copies
            return Collections.singletonMap(lines.get(0).dateOfService(), lines);
        }
        Map<LocalDate, List<ServiceLine>> byDate = new LinkedHashMap<>();
        for (ServiceLine line : lines) {
            byDate.computeIfAbsent(line.dateOfService(), d -> new ArrayList<>()).add(line);
        }
        byDate.replaceAll((d, dateLines) -> List.copyOf(dateLines));
        return Collections.unmodifiableMap(byDate);
    }

    private static boolean oneDate(List<ServiceLine> lines) {
        LocalDate first = lines.get(0).dateOfService();
        for (int i = 1; i < lines.size(); i++) {
            if (!Objects.equals(first, lines.get(i).dateOfService())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A view derived from the claim that several rules share, computed on first use. The key is
     * usually the computing function's owner class; the value type is the caller's to keep straight.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ClaimContext, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }
}
