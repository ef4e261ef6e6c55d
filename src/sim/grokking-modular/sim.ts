/**
 * Classic grokking (Power et al. 2022; Nanda et al. 2023) at browser scale (flagships.md A2):
 * a + b mod p, one hidden layer with a square activation, AdamW with decoupled weight decay,
 * full batch. The network memorises the training half within ~100 steps, then, much later,
 * its test accuracy jumps to 100% as its input weights become sparse in frequency.
 */
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { params } from './params';
import { ModularModel, splitPairs } from './model';
import { concentration, neuronSpectra, sortedShares } from './fourier';

export { params };
export const usesTf = true;

export const TOTAL_STEPS = 3000;
/** Rows every 10 steps, frames every 50 (60 per run): both fixed by the step index alone. */
export const ROW_EVERY = 10;
export const FRAME_EVERY = 50;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const mod = Number(p.p);
  const { train, test } = splitPairs(env.rng.fork('data'), mod, p.frac);
  const init = env.rng.fork('init');
  const gauss = (n: number, std: number) => Float32Array.from({ length: n }, () => init.normal() * std);
  const w1 = gauss(2 * mod * p.width, 1 / Math.sqrt(2 * mod));
  const w2 = gauss(p.width * mod, 1 / Math.sqrt(p.width));
  const model = new ModularModel(
    env.tf,
    { p: mod, width: p.width, wd: p.wd, frac: p.frac, act: p.act },
    {
      train,
      test,
      w1,
      w2,
    },
  );
  const K = (mod - 1) / 2;
  const freqLabels = Array.from({ length: K }, (_, k) => String(k + 1));
  let t = 0;
  let stopped = false;

  const fourierFrame = (spectra: Float32Array): Frame => ({
    fourier: {
      kind: 'heatmap',
      rows: p.width,
      cols: K,
      values: sortedShares(spectra, p.width, K),
      colLabels: freqLabels,
    },
  });

  const row = (spectra: Float32Array): MetricRow => {
    const [trainAcc, trainLoss, testAcc, testLoss, weightNorm] = model.measure();
    if (!Number.isFinite(trainLoss) || !Number.isFinite(weightNorm)) {
      stopped = true;
      return { step: t, [DIVERGED]: 1 };
    }
    const fourierConc = concentration(spectra, p.width, K);
    return { step: t, trainAcc, testAcc, trainLoss, testLoss, weightNorm, fourierConc };
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number) {
      const rows: MetricRow[] = [];
      let fr: Frame | undefined;
      for (let i = 0; i < n && t < TOTAL_STEPS && !stopped; i++) {
        model.step();
        t++;
        if (t % ROW_EVERY !== 0) continue;
        const spectra = neuronSpectra(model.inputWeights(), mod, p.width);
        rows.push(row(spectra));
        if (t % FRAME_EVERY === 0 && !stopped) fr = fourierFrame(spectra);
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose: () => model.dispose(),
  };
}

/** The phenomenon: test accuracy has reached 90% (long after train accuracy did). */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.testAcc >= 0.9);
}
