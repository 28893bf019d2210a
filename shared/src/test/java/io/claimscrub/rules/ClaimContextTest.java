package io.claimscrub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.claimscrub.units.TimedClaims;
import io.claimscrub.units.UnitMethod;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClaimContextTest {
    private static final AtomicInteger COMPUTED = new AtomicInteger();
    private static final ClaimContext.View<String> FIRST_CODE =
            ClaimContext.View.of(context -> COMPUTED.incrementAndGet() + ":" + context.claim().lines().get(0).code());

    @Test
    void aViewIsComputedOncePerClaim() {
        ClaimContext one = TimedClaims.context(UnitMethod.CMS, TimedClaims.line(1, "97110", 1, 15));
        ClaimContext other = TimedClaims.context(UnitMethod.CMS, TimedClaims.line(1, "97140", 1, 15));
        int before = COMPUTED.get();
        String first = one.get(FIRST_CODE);
        assertSame(first, one.get(FIRST_CODE));
        assertEquals((before + 2) + ":97140", other.get(FIRST_CODE));
        assertEquals(before + 2, COMPUTED.get());
    }

    @Test
    void aViewDeclaredAfterAClaimsFirstViewGetsItsOwnSlot() {
        ClaimContext context = TimedClaims.context(UnitMethod.AMA, TimedClaims.line(1, "97110", 1, 15));
        context.get(FIRST_CODE);
        ClaimContext.View<LocalDate> late = ClaimContext.View.of(c -> c.claim().lines().get(0).dateOfService());
        assertEquals(TimedClaims.DOS, context.get(late));
        assertEquals(TimedClaims.DOS, context.get(late));
    }
}
