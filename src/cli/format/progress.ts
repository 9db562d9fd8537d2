/**
 * A one-line progress display on stderr, redrawn in place at most ten times a second, for
 * interactive terminals only (pipes and logs get just the final summary).
 */
export interface ProgressLine {
  update(text: string): void;
  /** Erases the line so the summary starts on a clean one. */
  done(): void;
}

const SILENT: ProgressLine = { update() {}, done() {} };

export function progressLine(stream: NodeJS.WritableStream, interactive: boolean): ProgressLine {
  if (!interactive) return SILENT;
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[K${text}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
