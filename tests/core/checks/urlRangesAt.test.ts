import { describe, expect, it } from 'vitest';
import { SEEN_HALF_PUNCT, sentenceSpans } from '../../../src/core/text';
import { urlRanges, urlRangesAt } from '../../../src/core/checks/util/urlRanges';
import { punctuationWidth } from '../../../src/core/checks/punctuationWidth';

/** urlRangesAt as punctuation.width calls it: with the target split's marks. */
const fromMarks = (t: string) => urlRangesAt(t, sentenceSpans(t, true, SEEN_HALF_PUNCT).marks);

describe('urlRangesAt', () => {
  it('finds the URLs and e-mail addresses urlRanges finds, from the split marks', () => {
    for (const t of [
      '代码见https://github.com/OliverRensu/TinyMIM，欢迎使用。',
      '数据集发布在www.example.org上，详情请联系zhang-san_01@mail.tsinghua.edu.cn。',
      '项目主页：ftp://data.host/x.zip；镜像：http://a.b/c?d=1。',
    ]) {
      const ranges = fromMarks(t);
      expect(ranges.length).toBeGreaterThan(0);
      expect(ranges).toEqual(urlRanges(t));
    }
    expect(fromMarks('模型在73.0%的样本上有效（见表1），e.g.对抗训练: 提升3.5个点。')).toEqual([]);
    expect(fromMarks('请联系作者@张三。')).toEqual([]); // an @ without a domain is no address
  });

  it('agrees with urlRanges on random texts made of URL pieces', () => {
    const pieces = ['http', 'https', 'ftp', ':', '/', '//', 'www', '.', '@', 'a', 'Z9', '_', '-', '+', ' ', '　', '模型', '，', '。', '：', 'com', 'github', '(', ')', '?', '=', '1'];
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 5000; k++) {
      let t = '';
      for (let j = Math.floor(next() * 16); j > 0; j--) t += pieces[Math.floor(next() * pieces.length)];
      expect(fromMarks(t), JSON.stringify(t)).toEqual(urlRanges(t));
    }
  });

  it('keeps punctuation a URL takes in unflagged while flagging the same mark after an address', () => {
    // a URL runs to the next space, CJK punctuation or Han: its "," before 或 is part of it;
    // an address ends before its ",", which is flagged like any other before Chinese
    const t = '详情见www.example.org,或联系li@ai-lab.cn,谢谢。';
    const found = punctuationWidth.run({ id: 'u', source: '', target: t }, {}).map((f) => f.target?.start);
    expect(found).toEqual([t.indexOf('.cn,') + 3]);
    const plain = '详情见本文附录,或联系作者,谢谢。';
    expect(punctuationWidth.run({ id: 'u', source: '', target: plain }, {})).toHaveLength(2);
  });
});
