/** Internal: the command line (picocli): arguments, inputs and batch runs only. Not API. */
package io.zhibiao.cli;
