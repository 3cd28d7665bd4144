/**
 * The panel: records of many documents → one row per region code × metric id × modifiers ×
 * period × kind (× status × basis × base unit), with the agreed value, how many documents state it,
 * whether they disagree and where each statement is (docs/cli.md, "panel"). Built by external
 * sort: bounded memory whatever the archive's size.
 */
package io.zhibiao.panel;
