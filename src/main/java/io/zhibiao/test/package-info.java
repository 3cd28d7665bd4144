/**
 * AssertJ assertions for test suites that validate extraction: records of a text
 * ({@code containsIndicator}, {@code hasNoIndicatorFor}), and an extractor's score on gold files
 * with readable failure messages that list the misses. Entry point:
 * {@link io.zhibiao.test.ZhibiaoAssertions}. See docs/assertions.md.
 *
 * <p>AssertJ is a {@code provided} dependency: this package needs {@code org.assertj:assertj-core}
 * 3.x on the classpath, which a test suite using it has; the rest of zhibiao never loads it.
 */
package io.zhibiao.test;
