/**
 * Formats rows of numbers as CSV lines into a reused byte buffer: each number as
 * `String(round(x, 4))` writes it, NaN (no value) as an empty cell. Long tables (a week of windows
 * is 60 480 rows of ~40 cells) are formatted without a string per cell, which would
 * make the young generation grow and a long run's peak memory with it.
 */
export class NumericCsvWriter {
  private buffer = Buffer.alloc(1 << 16);
  private length = 0;

  /** Appends one line. */
  line(row: ArrayLike<number>): void {
    if (this.length + row.length * 24 + 1 > this.buffer.length) this.grow(row.length * 24 + 1);
    for (let j = 0; j < row.length; j++) {
      if (j > 0) this.buffer[this.length++] = 0x2c;
      this.number(row[j]);
    }
    this.buffer[this.length++] = 0x0a;
  }

  /** Whether the buffer holds at least `bytes` (time to `take` it). */
  holds(bytes: number): boolean {
    return this.length >= bytes;
  }

  /** The bytes written since the last take: valid until the next `line` call. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.length);
    this.length = 0;
    return out;
  }

  private number(x: number): void {
    if (!Number.isFinite(x)) return;
    const scaled = Math.round(x * 1e4);
    // Below 1e15 quanta, n / 1e4 prints as its decimal digits; beyond, as String does.
    if (!(Math.abs(scaled) < 1e15)) {
      this.length += this.buffer.write(String(scaled / 1e4), this.length, 'latin1');
      return;
    }
    if (scaled === 0) {
      this.buffer[this.length++] = 0x30;
      return;
    }
    let n = scaled;
    if (n < 0) {
      this.buffer[this.length++] = 0x2d;
      n = -n;
    }
    const whole = Math.floor(n / 1e4);
    let frac = n - whole * 1e4;
    this.digits(whole);
    if (frac === 0) return;
    let width = 4;
    while (frac % 10 === 0) {
      frac /= 10;
      width--;
    }
    this.buffer[this.length++] = 0x2e;
    const start = this.length;
    for (let k = width - 1; k >= 0; k--) {
      this.buffer[start + k] = 0x30 + (frac % 10);
      frac = Math.floor(frac / 10);
    }
    this.length += width;
  }

  private digits(n: number): void {
    const start = this.length;
    do {
      this.buffer[this.length++] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    this.buffer.subarray(start, this.length).reverse();
  }

  private grow(extra: number): void {
    const next = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}
