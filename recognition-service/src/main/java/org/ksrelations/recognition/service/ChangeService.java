package org.ksrelations.recognition.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.kit.data.ChangeFeed;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.RecognitionAct;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The changes feed: the kit's feed over states, acts and memberships and the tombstones of deleted acts, with the
 * upserted records. A change of an act also changes its state.
 */
@ApplicationScoped
public class ChangeService {

    /** The feed's names of the resources (a tombstone's resource, upper-cased). */
    public static final String STATE = "STATE";
    public static final String ACT = "ACT";
    public static final String MEMBERSHIP = "MEMBERSHIP";

    private static final List<ChangeFeed.Source> SOURCES = List.of(new ChangeFeed.Source(STATE, "state", "code"),
            new ChangeFeed.Source(ACT, "recognition_act", "act_id"), new ChangeFeed.Source(MEMBERSHIP, "membership", "slug"));

    @Inject
    EntityManager em;

    @Inject
    StateService states;

    @Inject
    RecognitionService acts;

    @Inject
    MembershipService memberships;

    /** A page of changes and the records they upserted, by database key (states with their current stance). */
    public record Changes(ChangeFeed.Slice slice, Map<Long, StateWithStance> states,
                          Map<Long, RecognitionAct> acts, Map<Long, Membership> memberships) {
    }

    @Transactional
    public Changes changes(OffsetDateTime since, int limit, String cursor) {
        ChangeFeed.Slice slice = ChangeFeed.read(em, SOURCES, since, limit, cursor);
        return new Changes(slice,
                slice.upserted(STATE, ids -> states.load(ids).stream().map(states::withStance).toList(), s -> s.state().id),
                slice.upserted(ACT, acts::load, a -> a.id),
                slice.upserted(MEMBERSHIP, memberships::load, m -> m.id));
    }
}
