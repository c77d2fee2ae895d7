// The orchestrator's and the relayer's main loop: one pass every interval until told to stop; a failed pass is
// logged and the next one retries it, so a node or Ethereum endpoint that is briefly down costs one interval.
export async function runEvery(intervalMs: number, signal: AbortSignal, pass: () => Promise<unknown>, log: (line: string) => void): Promise<void> {
  while (!signal.aborted) {
    try {
      await pass();
    } catch (e) {
      if (!signal.aborted) log(`tick failed: ${(e as Error).message}`);
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, intervalMs);
      signal.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
    });
  }
}
