package io.zhibiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.quantity.QuantityMatch;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (to spare their linking through
 * {@code java.lang.runtime.ObjectMethods} at start-up) give what the generated methods give.
 */
class RecordMethodsTest {

    @Test
    void writtenOutMethodsAreTheGeneratedOnes() throws Throwable {
        List<Object> regions = List.of(new Region("江北区", "500105", Region.Level.COUNTY, null),
                new Region("江北区", "500105", Region.Level.COUNTY, "江北"), new Region("江北区", null, Region.Level.UNKNOWN, null),
                new Region("重庆市", "500000", Region.Level.PROVINCE, null), new Region("江北区", "500105", Region.Level.COUNTY, "江北区"));
        check(Region.class, regions);
        List<Object> metrics = List.of(new Metric("gdp", "地区生产总值", "GDP"), new Metric(null, null, "GDP"),
                new Metric("gdp", "地区生产总值", "GDP", Map.of("scope", "规上")), Metric.unknown("产值"),
                new Metric("gdp", "地区生产总值", "GDP", Map.of("scope", "规上")));
        check(Metric.class, metrics);
        BigDecimal v = new BigDecimal("6.3");
        List<Object> quantities = List.of(
                new QuantityMatch(0, 4, 0, v, null, "%", null, Qualifier.EXACT, QuantityMention.Type.PERCENT),
                new QuantityMatch(0, 4, 0, new BigDecimal("6.30"), null, "%", null, Qualifier.EXACT, QuantityMention.Type.PERCENT),
                new QuantityMatch(1, 4, 1, v, v, null, null, Qualifier.values()[Qualifier.values().length - 1], QuantityMention.Type.NUMBER),
                new QuantityMatch(0, 4, 0, v, null, "%", null, Qualifier.EXACT, QuantityMention.Type.PERCENT));
        check(QuantityMatch.class, quantities);
        Class<?> item = Class.forName("io.zhibiao.extract.ClauseItems$Item");
        Class<?> type = Class.forName("io.zhibiao.extract.ClauseItems$Type");
        Object[] types = type.getEnumConstants();
        var ctor = item.getDeclaredConstructors()[0];
        ctor.setAccessible(true);
        List<Object> items = new ArrayList<>();
        for (Object t : new Object[] {types[0], types[types.length - 1]}) {
            items.add(ctor.newInstance(t, 1, 3, null, null, null));
            items.add(ctor.newInstance(t, 1, 4, null, null, null));
        }
        items.add(ctor.newInstance(types[0], 1, 3, null, null, null));
        check(item, items);
    }

    /** equals and hashCode of every pair against those java.lang.runtime.ObjectMethods makes. */
    private static void check(Class<?> record, List<Object> samples) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
        RecordComponent[] components = record.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[components.length];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.unreflect(components[i].getAccessor());
            names.append(i == 0 ? "" : ";").append(components[i].getName());
        }
        MethodHandle equals = ((java.lang.invoke.CallSite) java.lang.runtime.ObjectMethods.bootstrap(lookup, "equals",
                MethodType.methodType(boolean.class, record, Object.class), record, names.toString(), getters)).getTarget();
        MethodHandle hash = ((java.lang.invoke.CallSite) java.lang.runtime.ObjectMethods.bootstrap(lookup, "hashCode",
                MethodType.methodType(int.class, record), record, names.toString(), getters)).getTarget();
        int equalPairs = 0;
        for (Object a : samples) {
            assertEquals((int) hash.invoke(a), a.hashCode(), a.toString());
            for (Object b : samples) {
                boolean same = (boolean) equals.invoke(a, b);
                assertEquals(same, a.equals(b), a + " vs " + b);
                equalPairs += same && a != b ? 1 : 0;
            }
            assertTrue(!a.equals(null) && !a.equals("x"));
        }
        assertTrue(equalPairs > 0, record + ": the samples hold an equal pair of distinct objects");
    }
}
