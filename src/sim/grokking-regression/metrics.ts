/**
 * What a row reports, computed from the weights in one tidy and read back with one dataSync.
 *
 * The network is a quadratic form, f(x) − f₀(x) = α Δw̄ᵀx + (αε/2) xᵀΔM x with Δw̄ the change of
 * the mean weight and ΔM the change of M = (1/N) Σᵢ wᵢwᵢᵀ. For x ~ N(0, I/D) and y = ½(βᵀx)² the
 * population test loss is therefore exactly (Kumar et al.'s code, cell 15; our derivation agrees)
 *
 *   E = (αε trΔM/(2D) − ‖β‖²/(2D))²      "variance"
 *     + ‖αεΔM − ββᵀ‖²_F / (2D²)          "alignment"
 *     + α² ‖Δw̄‖² / D                     "linear term".
 *
 * The alignment a = βᵀMβ / (‖M‖_F ‖β‖²) measures how much of M's Frobenius mass lies along the
 * target direction: ≈ 1/√(1 + D/N) at a random start, 1 when M has become ∝ ββᵀ.
 */
import type { RegressionModel } from './model';
import { D } from './model';

export interface Measured {
  trainLoss: number;
  testLoss: number;
  alignment: number;
  weightNorm: number;
  varTerm: number;
  alignTerm: number;
  linTerm: number;
  twinTrainLoss: number;
  twinTestLoss: number;
}

export function measure(m: RegressionModel): Measured {
  const tf = m.tf;
  const { alpha, eps, N } = m.cfg;
  const vals = tf.tidy(() => {
    const mse = (e: ReturnType<typeof m.residual>) => tf.mean(tf.square(e));
    const trainLoss = mse(m.residual(m.X, m.f0, m.y));
    const testLoss = mse(m.residual(m.Xte, m.f0te, m.yte));
    const M = tf.div(tf.matMul(m.V, tf.transpose(m.V)), N);
    const M0 = tf.div(tf.matMul(m.V0, tf.transpose(m.V0)), N);
    const dM = tf.sub(M, M0);
    const b = tf.expandDims(m.beta, 1);
    const bb = tf.matMul(b, tf.transpose(b));
    const beta2 = tf.sum(tf.square(m.beta));
    const bMb = tf.sum(tf.mul(M, bb));
    const alignment = tf.div(bMb, tf.mul(tf.norm(M), beta2));
    const weightNorm = tf.norm(m.V);
    const trace = tf.sum(tf.mul(dM, tf.eye(D)));
    const varTerm = tf.square(tf.div(tf.sub(tf.mul(alpha * eps, trace), beta2), 2 * D));
    const alignTerm = tf.div(tf.sum(tf.square(tf.sub(tf.mul(alpha * eps, dM), bb))), 2 * D * D);
    const dw = tf.mean(tf.sub(m.V, m.V0), 1);
    const linTerm = tf.div(tf.mul(alpha * alpha, tf.sum(tf.square(dw))), D);
    const twin = m.U
      ? [mse(m.twinResidual(m.X, m.G0, m.y)), mse(m.twinResidual(m.Xte, m.G0te, m.yte))]
      : [tf.scalar(NaN), tf.scalar(NaN)];
    return tf.stack([trainLoss, testLoss, alignment, weightNorm, varTerm, alignTerm, linTerm, ...twin]);
  });
  const v = vals.dataSync();
  vals.dispose();
  return {
    trainLoss: v[0],
    testLoss: v[1],
    alignment: v[2],
    weightNorm: v[3],
    varTerm: v[4],
    alignTerm: v[5],
    linTerm: v[6],
    twinTrainLoss: v[7],
    twinTestLoss: v[8],
  };
}
