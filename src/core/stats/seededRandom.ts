/**
 * A small reproducible PRNG: the seed string is hashed (cyrb128-style mixing) into a
 * 32-bit state for mulberry32. Same seed → same sequence in every browser and in Node.
 * Returns numbers in [0, 1).
 */
export function seededRandom(seed: string): () => number {
  let h1 = 1779033703 ^ seed.length;
  let h2 = 3144134277;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 597399067);
    h2 = Math.imul(h2 ^ c, 2869860233);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let state = h1 >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
