import { SingleBar } from 'cli-progress';
import type { OnProgress, TransferProgress } from './types.ts';

/** Transfers at or below this size finish too fast for a bar to help. */
export const PROGRESS_BAR_MIN_BYTES = 4 * 1024 * 1024;

export interface ProgressBarOptions {
  /** Where the bar is drawn; default stderr so stdout stays clean for piped data. */
  stream?: NodeJS.WritableStream;
  /** Draw even when the stream is not a terminal (logs, tests). */
  noTTYOutput?: boolean;
  minBytes?: number;
}

export interface TransferProgressBar {
  onProgress: OnProgress;
  /** Draws the final state and releases the terminal; safe to call when no bar was shown. */
  stop(): void;
  /** Whether a bar was drawn (the transfer's known size was above the threshold). */
  readonly shown: boolean;
}

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** A `cli-progress` bar that appears only for transfers whose known size exceeds 4 MB. */
export function transferProgressBar(label: string, options: ProgressBarOptions = {}): TransferProgressBar {
  const minBytes = options.minBytes ?? PROGRESS_BAR_MIN_BYTES;
  let bar: SingleBar | undefined;
  return {
    onProgress({ bytes, total }: TransferProgress) {
      if (bar === undefined) {
        if (total === undefined || total <= minBytes) return;
        bar = new SingleBar({
          format: `${label} [{bar}] {percentage}% | {done}/{size} MiB`,
          stream: options.stream ?? process.stderr,
          noTTYOutput: options.noTTYOutput ?? false,
          hideCursor: true,
        });
        bar.start(total, 0, { done: mib(0), size: mib(total) });
      }
      bar.update(bytes, { done: mib(bytes), size: mib(total ?? bytes) });
    },
    stop() {
      bar?.stop();
    },
    get shown() {
      return bar !== undefined;
    },
  };
}
