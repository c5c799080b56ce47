import { describe, expect, it } from 'vitest';
import { inProcess, inProcessIdle } from '../../../src/ui/common/inProcessWork';

// Without Web Workers (jsdom) the off-thread helpers run in-process; the test setup waits for
// that work after each file so nothing imports modules after the environment is torn down.
describe('inProcessIdle', () => {
  it('resolves only after in-process work that nobody awaited has finished', async () => {
    let finished = false;
    void inProcess(async () => {
      await new Promise((r) => setTimeout(r, 30));
      finished = true;
    });
    expect(finished).toBe(false);
    expect(await inProcessIdle()).toBe(true);
    expect(finished).toBe(true);
  });

  it('counts failed work as finished, and the caller still sees the failure', async () => {
    const failing = inProcess(async () => {
      await new Promise((r) => setTimeout(r, 10));
      throw new Error('术语库读取失败');
    });
    await expect(failing).rejects.toThrow('术语库读取失败');
    expect(await inProcessIdle()).toBe(true);
  });

  it('gives up after its time limit while work is still running', async () => {
    let release: () => void = () => {};
    void inProcess(() => new Promise<void>((r) => (release = r)));
    expect(await inProcessIdle(20)).toBe(false);
    release();
    expect(await inProcessIdle()).toBe(true);
  });
});
