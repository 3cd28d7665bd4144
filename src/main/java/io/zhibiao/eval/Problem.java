package io.zhibiao.eval;

/**
 * An input or gold file that could not be scored: missing gold, unreadable text, a bad gold file,
 * an extractor failure.
 *
 * @param path   the file as given or found
 * @param reason what went wrong
 */
public record Problem(String path, String reason) {
}
