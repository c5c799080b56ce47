import { describe, expect, it } from 'vitest';
import { untranslated } from '../../../src/core/checks/untranslated';
import type { CheckUnit } from '../../../src/core/checks/Check';

const run = (u: Partial<CheckUnit>) => untranslated.run({ id: 'u1', source: '', target: '', ...u }, {});

const EN =
  'Masked image modeling performs strongly in pre-training large vision Transformers. However, small models that are critical for real-world applications cannot benefit from this approach.';

describe('untranslated', () => {
  it('reports a missing target once, critical, with the detected language and the engine', () => {
    const f = run({ source: EN, detected: { lang: 'en', code: 'eng', confidence: 0.934 }, engine: '谷歌翻译' });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].mqm).toBe('Accuracy/Untranslated');
    expect(f[0].message).toBe(
      "Translation missing: the text under 'translated by 谷歌翻译' is English (detected: English, confidence 0.93). Write the Chinese translation.",
    );
    expect(f[0].source).toEqual({ start: 0, end: EN.length, text: EN });
    expect(f[0].target).toBeUndefined();
  });

  it('detects the language itself when the importer did not', () => {
    const f = run({ source: EN });
    expect(f[0].message).toMatch(/^Translation missing: the source is English \(detected: English, confidence (0\.\d\d|1\.00)\)/);
  });

  it('reports a target identical to the source, and a target that is English', () => {
    expect(run({ source: EN, target: EN })[0].message).toContain('identical to the source');
    const f = run({ source: '', target: EN });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].message).toMatch(/detected: English/);
    expect(f[0].target).toEqual({ start: 0, end: EN.length, text: EN });
  });

  it('reports an English sentence inside a Chinese target as major', () => {
    const t = '掩码图像建模在预训练大型视觉Transformer中表现出色。However, small models cannot benefit from this approach at all.我们研究了蒸馏技术。';
    const f = run({ target: t });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('major');
    expect(f[0].target?.text).toBe('However, small models cannot benefit from this approach at all.');
    expect(t.slice(f[0].target!.start, f[0].target!.end)).toBe(f[0].target!.text);
  });

  it('reports a long English run inside a Chinese sentence', () => {
    const t = '我们提出了一种方法，which is able to reduce the number of queries，并在实验中验证了它。';
    const f = run({ target: t });
    expect(f.map((x) => x.target?.text)).toEqual(['which is able to reduce the number of queries']);
  });

  it('finds an English run whose words are parted by tabs or several spaces, not Chinese spaced around numbers', () => {
    const t = '我们提出了一种方法，which\tis able  to reduce\tthe number of queries，并在实验中验证了它。';
    expect(run({ target: t }).map((x) => x.target?.text)).toEqual(['which\tis able  to reduce\tthe number of queries']);
    expect(run({ target: '我们在 2021 年 和 2022 年 收集了 3287 篇 摘要 ， 共 5 个 领域 。' })).toEqual([]);
  });

  it('leaves names, titles, URLs and short Latin terms alone', () => {
    expect(run({ target: '我们展示了DESTA在Lunar Lander和OpenAI Gym的Frozen Lake中的出色表现。' })).toEqual([]);
    expect(run({ target: '该方法发表于International Conference on Learning Representations Workshop Track。' })).toEqual([]);
    expect(run({ target: '代码可在https://github.com/OliverRensu/TinyMIM/tree/main/and/the/rest获得。' })).toEqual([]);
    expect(run({ source: EN, target: '掩码图像建模（MIM）在预训练大型视觉Transformer（ViT）方面表现出色。' })).toEqual([]);
  });

  it('finds nothing when both sides are empty', () => {
    expect(run({})).toEqual([]);
  });
});

describe('untranslated with a termbase', () => {
  it('does not count do-not-translate names as English left in the text', async () => {
    const { compileGlossary } = await import('../../../src/core/glossary');
    const g = compileGlossary([
      {
        id: 't',
        name: 't',
        priority: 1,
        concepts: [{ id: 'paper', dnt: true, en: [{ text: 'Attention Is All You Need' }], zh: [{ text: 'Attention Is All You Need', status: 'preferred' }] }],
      },
    ]);
    const t = '该架构首次提出于 in attention is all you need 一文中。';
    expect(untranslated.run({ id: 'u', source: '', target: t }, {})).toHaveLength(1);
    expect(untranslated.run({ id: 'u', source: '', target: t }, { glossary: g })).toEqual([]);
  });
});

describe('untranslated: an error message of the translation service in place of the target', () => {
  it('reports the unit once, critical, as no translation, naming the error', () => {
    const dump = '[TencentCloudSDKException] code:RequestLimitExceeded message:Your requests exceed the frequency limit of this API, please try again later (连接被拒绝). requestId:7d1e0c2a-4b5f-4c8e-9a61-2f3b8d0e1c55';
    const f = run({ source: EN, target: dump });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].message).toMatch(/^No translation: the target is an error message of the translation service \("\[TencentCloudSDKException\] code:RequestLimitExceeded/);
    expect(f[0].message).toContain('Translate the source again');
    expect(f[0].target).toEqual({ start: 0, end: dump.length, text: dump });
    const tb = 'Traceback (most recent call last): File "translate.py", line 42, in <module> requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.example.com\', port=443): Max retries exceeded';
    expect(run({ source: EN, target: tb })[0].message).toMatch(/^No translation: the target is an error message/);
  });

  it('still reports an English target that merely names an error type as not Chinese', () => {
    const t = 'We show that the ValueError raised by the parser is rare, and that most models recover from it without retraining.';
    const f = run({ source: EN, target: t });
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^The target is not Chinese \(detected: English/);
    // a Chinese target quoting an error name is no error dump
    expect(run({ source: EN, target: '当解析器抛出ValueError时，我们的方法仍然可以恢复，code: 200表示成功。' })).toEqual([]);
  });
});
