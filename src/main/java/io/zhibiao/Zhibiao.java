package io.zhibiao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One-line entry points over a shared default {@link IndicatorExtractor} (built on first use).
 * For settings (document year, default region, extra lexicons) build your own extractor.
 *
 * <p>Like the extractor, these never return null and never throw on odd text (empty or blank text
 * gives an empty list); a {@code null} text throws a {@link NullPointerException} with the message
 * {@code "text"}.
 */
public final class Zhibiao {
    private Zhibiao() {
    }

    private static final class Holder {
        static final IndicatorExtractor DEFAULT = IndicatorExtractor.builder().build();
    }

    /** The shared default extractor. */
    public static IndicatorExtractor extractor() {
        return Holder.DEFAULT;
    }

    /**
     * Records of {@code text}.
     *
     * @throws NullPointerException when {@code text} is null (message {@code "text"})
     */
    public static List<Indicator> extract(String text) {
        return Holder.DEFAULT.extract(text);
    }

    /**
     * Records of {@code text} published in {@code year}, falling back to {@code defaultRegion}.
     *
     * @throws NullPointerException when {@code text} is null (message {@code "text"})
     */
    public static List<Indicator> extract(String text, int year, String defaultRegion) {
        return Holder.DEFAULT.extract(text, new DocumentContext(year, null, defaultRegion));
    }

    /**
     * Every quantity mention of {@code text}.
     *
     * @throws NullPointerException when {@code text} is null (message {@code "text"})
     */
    public static List<QuantityMention> quantities(String text) {
        return Holder.DEFAULT.quantities(text);
    }

    /**
     * Registers the SQL function {@code zhibiao_extract(text)} in a Spark session: the same as
     * {@code io.zhibiao.spark.ZhibiaoSpark.registerUdf(spark)}, which Spark code may call directly.
     * The parameter is an {@code Object} so that this class names no Spark type and loads without
     * Spark on the classpath; the call is delegated reflectively.
     *
     * @param spark an {@code org.apache.spark.sql.SparkSession}
     * @throws IllegalStateException    when Spark (or {@code io.zhibiao.spark}) is not on the classpath
     * @throws IllegalArgumentException when {@code spark} is not a {@code SparkSession}
     */
    public static void registerUdf(Object spark) {
        java.util.Objects.requireNonNull(spark, "spark");
        Class<?> session;
        Method register;
        try {
            ClassLoader loader = Zhibiao.class.getClassLoader();
            session = Class.forName("org.apache.spark.sql.SparkSession", false, loader);
            register = Class.forName("io.zhibiao.spark.ZhibiaoSpark", true, loader).getMethod("registerUdf", session);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            throw new IllegalStateException("zhibiao_extract needs Spark 3.5 (spark-sql_2.13) on the classpath: "
                    + e, e);
        }
        if (!session.isInstance(spark)) {
            throw new IllegalArgumentException("not a SparkSession: " + spark.getClass().getName());
        }
        try {
            register.invoke(null, spark);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
