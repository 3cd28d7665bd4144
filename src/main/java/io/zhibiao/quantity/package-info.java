/**
 * Internal: the number layer. A finder scans normalized text character by character for numbers
 * (Arabic, full-width, Chinese, 大写, fractions, percents) with their qualifiers and units; a
 * resolver turns each into a value, unit and qualifier. Units and magnitudes come from the unit
 * table ({@link io.zhibiao.lexicon.UnitTable}). Not API.
 */
package io.zhibiao.quantity;
