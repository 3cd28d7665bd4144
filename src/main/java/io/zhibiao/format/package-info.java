/** Internal: records as JSON, JSONL, CSV and aligned text tables, for the CLI and eval. Not API. */
package io.zhibiao.format;
