/**
 * Typed arrays reused from call to call, one per slot (a number the caller picks for each
 * use), grown as needed and handed out zeroed as views of the requested size. For code that
 * is synchronous and reads its arrays before the next call: a typed array over 64 bytes keeps
 * its memory outside the JavaScript heap and costs ~0.3–0.7 µs to allocate; a view is a small
 * heap object.
 */
export class ScratchArrays {
  private readonly i32: Int32Array[] = [];
  private readonly u32: Uint32Array[] = [];
  private readonly f64: Float64Array[] = [];
  private readonly u8: Uint8Array[] = [];

  int32(slot: number, size: number): Int32Array {
    let b = this.i32[slot];
    if (b === undefined || b.length < size) b = this.i32[slot] = new Int32Array(Math.max(2 * size, 64));
    else b.fill(0, 0, size);
    return b.subarray(0, size);
  }

  uint32(slot: number, size: number): Uint32Array {
    let b = this.u32[slot];
    if (b === undefined || b.length < size) b = this.u32[slot] = new Uint32Array(Math.max(2 * size, 64));
    else b.fill(0, 0, size);
    return b.subarray(0, size);
  }

  float64(slot: number, size: number): Float64Array {
    let b = this.f64[slot];
    if (b === undefined || b.length < size) b = this.f64[slot] = new Float64Array(Math.max(2 * size, 64));
    else b.fill(0, 0, size);
    return b.subarray(0, size);
  }

  uint8(slot: number, size: number): Uint8Array {
    let b = this.u8[slot];
    if (b === undefined || b.length < size) b = this.u8[slot] = new Uint8Array(Math.max(2 * size, 64));
    else b.fill(0, 0, size);
    return b.subarray(0, size);
  }
}
