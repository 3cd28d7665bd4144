/**
 * Internal: from a normalized document to records. Region, metric and period finders, the rule
 * families that decide a record's kind, sign, qualifier and status, context inheritance (clause,
 * sentence, paragraph, section) and record assembly, each rule named in a record's trace. Not API.
 */
package io.zhibiao.extract;
