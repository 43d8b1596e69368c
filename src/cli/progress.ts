/**
 * The progress line of a batch: done / total, notices per second, time left. Redrawn in place on
 * a terminal; never written to a pipe, in CI, or with --quiet.
 */
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  static wanted(quiet: boolean): boolean {
    return !quiet && process.stderr.isTTY === true && !process.env.CI;
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (!this.enabled || (now - this.last < 100 && this.done < this.total)) return;
    this.last = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done / seconds;
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
    process.stderr.write(`\r\x1b[K${this.done}/${this.total} notices · ${rate.toFixed(0)}/s · ${eta}s left`);
  }

  /** Erase the line before anything else is written below it. */
  clear(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
