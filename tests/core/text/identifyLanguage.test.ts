import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../../src/core/text';

describe('identifyLanguage', () => {
  it('recognises a Chinese MT abstract with Latin acronyms and half-width punctuation', () => {
    const g = identifyLanguage('随着机器学习(ML)技术的快速采用,ML模型的共享变得流行。但是,ML模型容易受到隐私攻击的攻击。');
    expect(g.lang).toBe('zh');
    expect(g.code).toBe('cmn');
    expect(g.confidence).toBeGreaterThan(0.8);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });

  it('recognises an English abstract with high confidence', () => {
    const g = identifyLanguage(
      'Graph Neural Networks (GNNs) have shown satisfying performance on various graph learning tasks. To achieve better fitting capability, most GNNs are with a large number of parameters.',
    );
    expect(g).toMatchObject({ lang: 'en', code: 'eng' });
    expect(g.confidence).toBeGreaterThan(0.8);
  });

  it('does not let franc call a short acronym Spanish: short Latin text is English with low confidence', () => {
    const g = identifyLanguage('DESTA');
    expect(g.lang).toBe('en');
    expect(g.confidence).toBeLessThan(0.5);
    expect(g.confidence).toBeGreaterThan(0);
  });

  it('calls short mixed text with more Han than Latin weight Chinese, with less confidence than a long text', () => {
    const short = identifyLanguage('GNN模型');
    const long = identifyLanguage('我们对针对GNN的群体属性推断攻击进行了首次系统研究，并设计了六种不同的攻击。');
    expect(short.lang).toBe('zh');
    expect(long.lang).toBe('zh');
    expect(short.confidence).toBeLessThan(long.confidence);
  });

  it('keeps English with a few Chinese words English', () => {
    expect(identifyLanguage('We translate the term policy as 策略 in reinforcement learning papers.').lang).toBe('en');
  });

  it('reports German, Japanese, Korean and Russian as undetermined with their franc code', () => {
    expect(identifyLanguage('Die Katze schläft auf dem Sofa und träumt von den Mäusen im Garten.')).toMatchObject({ lang: 'und', code: 'deu' });
    expect(identifyLanguage('Das vorgeschlagene Verfahren übertrifft die bisherigen Methoden deutlich.')).toMatchObject({ lang: 'und' });
    expect(identifyLanguage('本論文では、強化学習のための新しい手法を提案する。')).toMatchObject({ lang: 'und', code: 'jpn' });
    expect(identifyLanguage('우리는 새로운 강화 학습 방법을 제안한다.')).toMatchObject({ lang: 'und', code: 'kor' });
    expect(identifyLanguage('Мы предлагаем новый метод обучения с подкреплением.')).toMatchObject({ lang: 'und', code: 'rus' });
  });

  it('returns und with confidence 0 for text without letters', () => {
    expect(identifyLanguage('')).toEqual({ lang: 'und', code: 'und', confidence: 0 });
    expect(identifyLanguage('73.0% (1, 2, 3)')).toEqual({ lang: 'und', code: 'und', confidence: 0 });
  });
});
