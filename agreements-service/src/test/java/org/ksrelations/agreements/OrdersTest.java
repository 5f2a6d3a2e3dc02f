package org.ksrelations.agreements;

import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.agreements.service.Orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrdersTest {

    @Test
    void provisionNumbersSortNaturally() {
        List<String> numbers = new ArrayList<>(List.of("10", "2", "1", "2a", "3.10", "3.2"));
        numbers.sort(Orders.PROVISION_NUMBER);
        assertEquals(List.of("1", "2", "2a", "3.2", "3.10", "10"), numbers);
    }

    @Test
    void milestoneIdsEncodeDateTypeAndNumber() {
        Orders.MilestoneKey k = Orders.parseMilestoneId("2013-06-28-implementation-began-2");
        assertEquals(LocalDate.of(2013, 6, 28), k.date());
        assertEquals(MilestoneType.IMPLEMENTATION_BEGAN, k.type());
        assertEquals(2, k.n());
        assertEquals("2013-06-28-implementation-began-2", k.id());
        assertNull(Orders.parseMilestoneId("undated-nonsense-1"));
        assertNull(Orders.parseMilestoneId("2013-13-45-signed-1"));
        assertEquals("undated-agreed-in-principle-", Orders.prefix(null, MilestoneType.AGREED_IN_PRINCIPLE));
    }

    @Test
    void milestonesSortByDateWithUndatedLast() {
        List<String> ids = new ArrayList<>(List.of("undated-proposed-1", "2013-06-28-ratified-1", "2013-04-19-signed-2",
                "2013-04-19-signed-10", "2013-04-19-proposed-1"));
        ids.sort(Orders.MILESTONE_ID_ORDER);
        assertEquals(List.of("2013-04-19-proposed-1", "2013-04-19-signed-2", "2013-04-19-signed-10",
                "2013-06-28-ratified-1", "undated-proposed-1"), ids);
    }
}
