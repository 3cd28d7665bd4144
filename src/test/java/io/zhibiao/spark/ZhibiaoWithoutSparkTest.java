package io.zhibiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Zhibiao;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain users have no Spark: {@code io.zhibiao.Zhibiao} must load and extract without it, and its
 * {@code registerUdf} must say clearly that Spark is missing.
 */
class ZhibiaoWithoutSparkTest {

    @Test
    void zhibiaoNamesNoSparkTypeInItsBytecode() throws Exception {
        byte[] bytes;
        try (InputStream in = Zhibiao.class.getResourceAsStream("Zhibiao.class")) {
            bytes = in.readAllBytes();
        }
        // ISO-8859-1 maps each byte to one char: the constant pool's type names are ASCII
        String classFile = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(classFile).doesNotContain("org/apache/spark").doesNotContain("scala/");
        assertThat(classFile).contains("registerUdf"); // the method is there, delegating by name
    }

    @Test
    void zhibiaoLoadsAndExtractsOnAClasspathWithoutSpark() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.contains("/org/apache/spark/") || e.contains("/org/scala-lang/")) {
                continue;
            }
            urls.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader noSpark = new URLClassLoader(urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            assertThat(tryLoad(noSpark, "org.apache.spark.sql.SparkSession")).isFalse();
            Class<?> zhibiao = Class.forName("io.zhibiao.Zhibiao", true, noSpark);
            assertThat(zhibiao).isNotSameAs(Zhibiao.class);

            Object records = zhibiao.getMethod("extract", String.class)
                    .invoke(null, "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。");
            assertThat((List<?>) records).isNotEmpty();

            Method register = zhibiao.getMethod("registerUdf", Object.class);
            Throwable thrown = null;
            try {
                register.invoke(null, new Object());
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("needs Spark").hasMessageContaining("spark-sql_2.13");
        }
    }

    private static boolean tryLoad(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
