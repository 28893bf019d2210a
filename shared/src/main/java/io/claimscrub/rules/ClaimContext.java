package io.claimscrub.rules;

import io.claimscrub.model.Claim;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.reference.ReferenceData;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Everything a rule may read about one claim: the claim, the payer profile chosen for it, the
 * reference tables, and derived views that several rules share (computed once, on first use).
 */
public final class ClaimContext {
    private final Claim claim;
    private final PayerProfile profile;
    private final ReferenceData reference;
    private Object[] views; // indexed by View.index; made on first use

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

    /** The claim's value of a shared view, computed on first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(View<T> view) {
        Object[] values = views;
        Object value = values != null && view.index < values.length ? values[view.index] : null;
        return value != null ? (T) value : compute(view);
    }

    private <T> T compute(View<T> view) {
        T value = Objects.requireNonNull(view.compute.apply(this));
        int count = View.COUNT.get();
        if (views == null) {
            views = new Object[count];
        } else if (views.length < count) { // a view declared after this claim's first one
            views = Arrays.copyOf(views, count);
        }
        views[view.index] = value;
        return value;
    }

    /**
     * A view derived from the claim that several rules share, declared once as a constant of the
     * class that computes it. Each view owns a slot in every context: a look-up is an array read,
     * where a hash map cost a map, its table and a node per view on every claim, and a hash per look-up.
     */
    public static final class View<T> {
        private static final AtomicInteger COUNT = new AtomicInteger();

        private final int index = COUNT.getAndIncrement();
        private final Function<ClaimContext, T> compute;

        private View(Function<ClaimContext, T> compute) {
            this.compute = Objects.requireNonNull(compute);
        }

        /** A view that {@code compute} makes, at most once per claim; it must not return null. */
        public static <T> View<T> of(Function<ClaimContext, T> compute) {
            return new View<>(compute);
        }
    }
}
