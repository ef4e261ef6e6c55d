/**
 * The network of Kumar et al.'s Figure 1, shrunk: f(x) = α · (1/N) Σᵢ φ(wᵢ·x), φ(h) = h + (ε/2)h²,
 * readouts fixed at 1, trained by full-batch gradient descent on the *centred* squared loss
 * (f(x) − f₀(x) − y)², where f₀ is the network at initialisation.
 *
 * Weights are stored transposed, V = Wᵀ (D×N), so that the forward pass is H = X V and the
 * gradient is Xᵀ G with a precomputed Xᵀ: no transposed matMul anywhere (slow on wasm).
 *
 *   e = f − f₀ − y                                  (P)
 *   G = e ⊙ (1 + εH)                                (P×N, row-wise scaling)
 *   ∇_V L = (2α / (P N)) · Xᵀ G                     (D×N)
 *   V ← V − η ∇_V L,  η = c N / α²   ⇒   V ← V − (2c / (α P)) Xᵀ G
 *
 * The linearised ("lazy") twin replaces φ'(h) by its value at initialisation: f_lin − f₀ =
 * (α/N) Σᵢ (1 + εH₀)ᵢ ⊙ (X ΔU)ᵢ, trained by the same rule with G₀ = 1 + εH₀ frozen.
 */
import type { Rank, Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import type { Rng } from '../runtime/rng';
import type { TF } from '../runtime/types';

/**
 * Step-size constant c in η = cN/α² (flagships.md A1: c = 4). A weight step scales as c/α and the
 * curvature of φ as ε, so in the rich, strongly nonlinear corner (small α, large ε) c = 4
 * diverges (α = 0.1 needs c ≤ 2 at ε = 0.5 and c ≤ 1 at ε = 1): there c is capped at 8α/ε.
 * The default (α = 1, ε = 0.05) and every preset on the page keep c = 4.
 */
export const stepConstant = (alpha: number, eps: number) => 4 * Math.min(1, (2 * alpha) / eps);
/** Input dimension of the Gaussian inputs. */
export const D = 40;
/**
 * Test points. The squared loss of a quadratic target is heavy-tailed ((βᵀx)⁴ has a relative
 * standard deviation of about 3.3 per sample), so 4000 points give a ~5% Monte Carlo error.
 */
export const TEST_POINTS = 4000;

export interface RegressionConfig {
  alpha: number;
  eps: number;
  P: number;
  N: number;
  twin: boolean;
  /** Overrides the step-size constant c (tests and calibration only). */
  lrC?: number;
}

/** Gaussian inputs x ~ N(0, I/D) and targets y = ½(β·x)², drawn in plain JS from the seeded RNG. */
export function makeData(rng: Rng, n: number, beta: Float32Array) {
  const x = new Float32Array(n * D);
  const y = new Float32Array(n);
  const s = 1 / Math.sqrt(D);
  for (let p = 0; p < n; p++) {
    let dot = 0;
    for (let d = 0; d < D; d++) {
      const v = rng.normal() * s;
      x[p * D + d] = v;
      dot += v * beta[d];
    }
    y[p] = 0.5 * dot * dot;
  }
  return { x, y };
}

/** Every tensor of one run; `dispose` frees them all. */
export class RegressionModel {
  readonly V: Variable<Rank.R2>;
  readonly U: Variable<Rank.R2> | null;
  private readonly tensors: Tensor[] = [];
  readonly X: Tensor2D;
  readonly Xt: Tensor2D;
  readonly y: Tensor1D;
  readonly Xte: Tensor2D;
  readonly yte: Tensor1D;
  readonly f0: Tensor1D;
  readonly f0te: Tensor1D;
  readonly G0: Tensor2D;
  readonly G0te: Tensor2D;
  readonly V0: Tensor2D;
  readonly beta: Tensor1D;
  /** step()'s constant part of the scaled residual: scale · (f₀ + y). */
  private readonly shift: Tensor1D;

  constructor(
    readonly tf: TF,
    readonly cfg: RegressionConfig,
    data: {
      x: Float32Array;
      y: Float32Array;
      xte: Float32Array;
      yte: Float32Array;
      beta: Float32Array;
      w: Float32Array;
    },
  ) {
    const { P, N } = cfg;
    const keep = <T extends Tensor>(t: T): T => (this.tensors.push(t), t);
    this.X = keep(tf.tensor2d(data.x, [P, D]));
    this.Xt = keep(tf.transpose(this.X));
    this.y = keep(tf.tensor1d(data.y));
    this.Xte = keep(tf.tensor2d(data.xte, [data.yte.length, D]));
    this.yte = keep(tf.tensor1d(data.yte));
    this.beta = keep(tf.tensor1d(data.beta));
    this.V0 = keep(tf.tensor2d(data.w, [D, N]));
    this.V = tf.variable(this.V0, true);
    this.U = cfg.twin ? tf.tidy(() => tf.variable(tf.zerosLike(this.V0), true)) : null;
    // Everything the centred loss and the twin need from the initial network, computed once.
    [this.f0, this.f0te, this.G0, this.G0te] = tf.tidy(() => {
      const H0: Tensor2D = tf.matMul(this.X, this.V0);
      const H0te: Tensor2D = tf.matMul(this.Xte, this.V0);
      const slope = (H: Tensor2D) => tf.add(1, tf.mul(cfg.eps, H)) as Tensor2D;
      return [this.outputOf(H0), this.outputOf(H0te), slope(H0), slope(H0te)] as const;
    });
    [this.f0, this.f0te, this.G0, this.G0te].forEach(keep);
    this.shift = keep(tf.tidy(() => tf.mul(this.stepScale(), tf.add(this.f0, this.y))));
  }

  /** The gradient step's factor: V ← V + scale · Xᵀ G. */
  private stepScale(): number {
    const { cfg } = this;
    return (-2 * (cfg.lrC ?? stepConstant(cfg.alpha, cfg.eps))) / (cfg.alpha * cfg.P);
  }

  /** f = α · mean_i φ(H_i) for pre-activations H (rows = inputs). */
  private outputOf(H: Tensor): Tensor1D {
    const { tf, cfg } = this;
    const phi = tf.add(H, tf.mul(cfg.eps / 2, tf.square(H)));
    return tf.mul(cfg.alpha / cfg.N, tf.sum(phi, 1)) as Tensor1D;
  }

  /** Centred residuals e = f − f₀ − y of the network on (X, f₀, y). */
  residual(X: Tensor2D, f0: Tensor1D, y: Tensor1D): Tensor1D {
    const H = this.tf.matMul(X, this.V);
    return this.tf.sub(this.tf.sub(this.outputOf(H), f0), y);
  }

  /** Centred residuals of the linearised twin: f_lin − f₀ − y = (α/N) Σᵢ G₀ ⊙ (X ΔU) − y. */
  twinResidual(X: Tensor2D, G0: Tensor2D, y: Tensor1D): Tensor1D {
    const { tf, cfg } = this;
    const lin = tf.mul(cfg.alpha / cfg.N, tf.sum(tf.mul(G0, tf.matMul(X, this.U!)), 1));
    return tf.sub(lin, y) as Tensor1D;
  }

  /**
   * One full-batch gradient step of the network (and of the twin, if any). The step's factor is
   * folded into the residual vector (P numbers, not the D×N update) and its constant part is
   * precomputed: these matrices are small, so each tfjs kernel's dispatch costs about as much as
   * its arithmetic, and three fewer kernels make the step ~9% faster.
   */
  step(): void {
    const { tf, cfg } = this;
    const scale = this.stepScale();
    tf.tidy(() => {
      const H = tf.matMul(this.X, this.V);
      // φ(H) = H ⊙ (1 + (ε/2) H); e = scale · (α/N Σᵢ φ − f₀ − y); G = e ⊙ φ′(H).
      const phiSum = tf.sum(tf.mul(H, tf.add(1, tf.mul(cfg.eps / 2, H))), 1);
      const e = tf.sub(tf.mul((scale * cfg.alpha) / cfg.N, phiSum), this.shift);
      const G = tf.mul(tf.reshape(e, [cfg.P, 1]), tf.add(1, tf.mul(cfg.eps, H)));
      this.V.assign(tf.add(this.V, tf.matMul(this.Xt, G)));
      if (this.U) {
        const el = this.twinResidual(this.X, this.G0, this.y);
        const Gl = tf.mul(tf.expandDims(el, 1), this.G0);
        this.U.assign(tf.add(this.U, tf.mul(scale, tf.matMul(this.Xt, Gl))));
      }
    });
  }

  dispose(): void {
    this.V.dispose();
    this.U?.dispose();
    for (const t of this.tensors) t.dispose();
  }
}

/**
 * Draws a run's data and initial weights from the seeded RNG (streams 'data', 'test', 'init')
 * and builds the model. `testPoints` is only changed by tests that need a larger test sample.
 */
export function buildModel(tf: TF, rng: Rng, cfg: RegressionConfig, testPoints = TEST_POINTS): RegressionModel {
  const dataRng = rng.fork('data');
  const beta = new Float32Array(D);
  for (let d = 0; d < D; d++) beta[d] = dataRng.normal();
  const train = makeData(dataRng, cfg.P, beta);
  const test = makeData(rng.fork('test'), testPoints, beta);
  const initRng = rng.fork('init');
  const w = new Float32Array(D * cfg.N);
  for (let i = 0; i < w.length; i++) w[i] = initRng.normal();
  return new RegressionModel(tf, cfg, { x: train.x, y: train.y, xte: test.x, yte: test.y, beta, w });
}
