import { describe, expect, it } from 'vitest';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { runBuiltin } from './runBuiltin';

/*
 * Severities of the built-in termbase's forbidden renderings (MQM): major when the Chinese
 * changes or hides the sense (政策 for an RL policy, 州 for an MDP state, 白色框, 图形神经网络),
 * minor when the meaning is clear but it is not the field's term (健壮性, 预先训练, 对抗性例子).
 */
function forbidden(source: string | undefined, target: string) {
  return runBuiltin(terminologyForbidden, source ?? '', target).map((f) => `${f.target!.text} ${f.severity} ${f.confidence}`);
}

describe('severity of the built-in forbidden renderings', () => {
  it('register slips are minor: 健壮性, 预先训练, 对抗性例子, 对抗健壮性', () => {
    expect(forbidden('We improve the robustness of pre-trained models against adversarial examples.', '我们提高了预先训练模型对对抗性例子的健壮性。'))
      .toEqual(['预先训练模型 minor certain', '对抗性例子 minor certain', '健壮 minor certain']);
    expect(forbidden('Adversarial robustness of the detector drops.', '检测器的对抗健壮性下降了。')).toEqual(['对抗健壮性 minor certain']);
  });

  it('a changed sense stays major beside a minor one: 政策, 州, 培训, 代理人, 敌意攻击', () => {
    expect(forbidden('The agent learns a robust policy in every state.', '代理人在每个州都学会了健壮的政策。'))
      .toEqual(['代理人 major certain', '州 major certain', '健壮 minor certain', '政策 major certain']);
    expect(forbidden('Adversarial attacks fool models during training.', '敌意攻击在培训期间欺骗模型。')).toEqual(['敌意攻击 major certain', '培训 major certain']);
  });

  it('without a source a minor rendering is never raised above minor, a major one keeps major', () => {
    expect(forbidden(undefined, '我们提高了对抗性例子的检测率。')).toEqual(['对抗性例子 minor suspect']);
    expect(forbidden(undefined, '攻击者利用图形神经网络的白色框访问。')).toEqual(['图形神经网络 major suspect', '白色框 major suspect']);
  });
});
