import { c as createComponent, m as maybeRenderHead, d as addAttribute, u as unescapeHTML, r as renderComponent, a as renderTemplate, e as createAstro } from './astro/server_c2EKvP6L.mjs';
import 'piccolore';
import { format, scaleLog, scaleLinear, scaleBand, min, max, scaleQuantize, extent, stack, area, line } from 'd3';
import { s as ssr_context, e as ensure_array_like, a as attr, b as escape_html, d as derived, c as bind_props, f as attr_style } from './_@astro-renderers_DuSxQniV.mjs';
import 'clsx';
/* empty css                                                      */
/* empty css                                                             */
import { p as pkg } from './BaseLayout_DzUlEkM8.mjs';
/* empty css                                                                  */

/** @import { SSRContext } from '#server' */
/** @import { Renderer } from './internal/server/renderer.js' */

/** @param {() => void} fn */
function onDestroy(fn) {
	/** @type {Renderer} */ (/** @type {SSRContext} */ (ssr_context).r).on_destroy(fn);
}

const figure$D = {
  sim: "chain-of-hindsight",
  caption: 'A toy language model is fine-tuned on four rated outputs per prompt. SFT keeps only the approved ones; Chain of Hindsight trains on all of them, each after its feedback phrase ("Good:" or "Bad:"). Prompted with "Good:" on prompts it never saw, the CoH model picks outputs the rater approves of far more often.',
  panels: [
    {
      kind: "line",
      id: "held",
      title: "Approval rate of generations on unseen prompts",
      xLabel: "step",
      yLabel: "P(rater approves)",
      yDomain: [0, 1],
      series: [
        { key: "held_coh", label: 'CoH, prompted "Good:"' },
        { key: "held_sft", label: "SFT on approved outputs" },
        { key: "held_bad", label: 'CoH, prompted "Bad:"', style: "dashed" },
        { key: "held_base", label: "pretrained model", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "train",
      title: "On the training prompts",
      xLabel: "step",
      yLabel: "P(rater approves)",
      yDomain: [0, 1],
      series: [
        { key: "train_coh", label: 'CoH, prompted "Good:"' },
        { key: "train_sft", label: "SFT" }
      ]
    },
    { kind: "bars", id: "outputs", title: "One unseen prompt: probability of each output (best on the left)", yLabel: "probability" }
  ],
  csvColumns: ["held_coh", "held_sft", "held_bad", "held_base", "train_coh", "train_sft"],
  summaryKeys: ["held_coh", "held_sft", "held_base"],
  summaryLabels: ["CoH approval on unseen prompts", "SFT approval on unseen prompts", "pretrained approval"]
};

const __vite_glob_0_0 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$D
}, Symbol.toStringTag, { value: 'Module' }));

const figure$C = {
  sim: "comp-sum",
  caption: "A small network learns three Gaussian classes from labels of which 40% were flipped. Under cross-entropy (τ = 1) it memorises the flipped labels and its accuracy on clean test data falls; move τ towards 2 (mean absolute error) and it resists them, but fits more slowly.",
  panels: [
    {
      kind: "line",
      id: "acc",
      title: "Accuracy",
      yLabel: "accuracy",
      xLabel: "step",
      yDomain: [0, 1],
      series: [
        { key: "testAcc", label: "clean test" },
        { key: "trainAcc", label: "noisy training labels" },
        { key: "memorised", label: "flipped labels memorised", style: "dashed" }
      ]
    },
    { kind: "heatmap", id: "regions", title: "Predicted class; dots: training labels", categorical: true, overlay: "data" },
    { kind: "line", id: "loss", title: "Training loss Φτ", yLabel: "loss (noisy labels)", xLabel: "step", yScale: "log", series: [{ key: "loss", label: "training loss" }] },
    {
      kind: "readout",
      id: "now",
      title: "Now",
      items: [
        { key: "testAcc", label: "clean test accuracy", help: "Fraction of a clean held-out set classified correctly." },
        { key: "trainAcc", label: "fit to given labels", help: "Fraction of training points predicted as their (possibly flipped) label." },
        { key: "memorised", label: "flipped labels memorised", help: "Fraction of flipped training points predicted as their wrong label." },
        { key: "cleanFit", label: "clean training points fit", help: "Fraction of unflipped training points predicted correctly." }
      ]
    }
  ],
  csvColumns: ["loss", "trainAcc", "testAcc", "memorised", "cleanFit", "diverged"],
  summaryKeys: ["testAcc", "trainAcc", "memorised"],
  summaryLabels: ["clean test accuracy", "accuracy on the noisy training labels", "share of flipped labels memorised"],
  divergedText: "This learning rate is too high for this loss: lower it, or move τ away from 0, where the sum-exponential loss grows exponentially."
};

const __vite_glob_0_1 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$C
}, Symbol.toStringTag, { value: 'Module' }));

const figure$B = {
  sim: "contrastive-temperature",
  caption: "An encoder learns to place 512 points from 8 hidden classes on the unit sphere, seeing only two noisy views of each point. Small τ spreads them out evenly (high uniformity); large τ lets each class huddle together (high tolerance).",
  panels: [
    {
      kind: "points",
      id: "embedding",
      title: "The embedding, coloured by class (m = 3: drag to rotate; otherwise its two main directions)",
      unitCircle: true
    },
    {
      kind: "line",
      id: "uniformity",
      title: "Uniformity −L_unif (higher = more evenly spread)",
      xLabel: "training step",
      yLabel: "−L_unif (t = 2)",
      series: [
        { key: "uniformity", label: "this run" },
        { key: "unifMax", label: "uniform on the sphere", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "sims",
      title: "Mean cosine similarities",
      xLabel: "training step",
      yLabel: "cosine similarity",
      yDomain: [-0.2, 1],
      series: [
        { key: "tolerance", label: "same class (tolerance)" },
        { key: "posSim", label: "two views of one point" },
        { key: "negSim", label: "different classes", style: "dashed" }
      ]
    },
    {
      kind: "bars",
      id: "hist",
      title: "Similarity histograms at the current step",
      xLabel: "cosine similarity",
      yLabel: "share of pairs"
    },
    {
      kind: "readout",
      id: "numbers",
      title: "Now",
      items: [
        { key: "uniformity", label: "uniformity", help: "−log of the mean of exp(−2‖eᵢ − eⱼ‖²) over all pairs of clean points.", digits: 3 },
        { key: "unifMax", label: "uniform maximum", help: "The uniformity of points spread uniformly over this sphere.", digits: 3 },
        { key: "tolerance", label: "tolerance", help: "Mean cosine similarity of two different points of the same class.", digits: 3 },
        { key: "knnAcc", label: "5-NN accuracy", help: "Leave-one-out accuracy of a 5-nearest-neighbour vote in the embedding (labels used only here).", digits: 3 },
        { key: "loss", label: "training loss", help: "The batch loss at this step.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["loss", "uniformity", "tolerance", "posSim", "negSim", "knnAcc"],
  summaryKeys: ["uniformity", "tolerance", "knnAcc"],
  summaryLabels: ["uniformity", "tolerance", "5-NN accuracy"]
};

const __vite_glob_0_2 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$B
}, Symbol.toStringTag, { value: 'Module' }));

const figure$A = {
  sim: "cpl",
  caption: "Offline comparisons of random 3-step segments in a 5×5 gridworld, labelled by the regret model. CPL fits the policy directly with its contrastive loss and ends up pointing most cells the right way; fitting a partial-return reward and planning on it produces a policy that never reaches the goal.",
  panels: [
    { kind: "heatmap", id: "cpl", title: "CPL policy (shade: its confidence max π(a|s))", overlay: "cplArrows" },
    { kind: "heatmap", id: "base", title: "Reward-then-RL: learned reward and its optimal policy", overlay: "baseArrows" },
    {
      kind: "line",
      id: "agree",
      title: "Cells where the greedy action is optimal",
      xLabel: "gradient step",
      yLabel: "share of cells",
      yDomain: [0, 1],
      series: [
        { key: "agreeCpl", label: "CPL" },
        { key: "agreeBase", label: "partial-return reward + value iteration" }
      ]
    },
    {
      kind: "line",
      id: "gap",
      title: "Return lost against the optimal policy",
      xLabel: "gradient step",
      yLabel: "mean return gap",
      series: [
        { key: "gapCpl", label: "CPL" },
        { key: "gapBase", label: "partial-return reward + value iteration" }
      ]
    }
  ],
  csvColumns: ["agreeCpl", "agreeBase", "successCpl", "successBase", "gapCpl", "gapBase", "lossCpl"],
  summaryKeys: ["agreeCpl", "agreeBase", "gapCpl", "gapBase"],
  summaryLabels: ["CPL optimal cells", "baseline optimal cells", "CPL return gap", "baseline return gap"]
};

const __vite_glob_0_3 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$A
}, Symbol.toStringTag, { value: 'Module' }));

const figure$z = {
  sim: "ctrl-u",
  caption: "A toy conditional generator is fine-tuned so that a reward model reads the requested condition back from its samples. The reward model is reliable on conditions up to 0.3 and erratic above. Plain reward fine-tuning follows every verdict and its generations wander; Ctrl-U down-weights losses on which two samples of the same condition disagree and stays closer to the request.",
  panels: [
    {
      kind: "line",
      id: "err",
      title: "Control error (running average over ~50 steps)",
      xLabel: "step",
      yLabel: "RMS distance of the mean generation from the condition",
      series: [
        { key: "avg_plain", label: "plain reward fine-tuning" },
        { key: "avg_ctrlu", label: "Ctrl-U" }
      ]
    },
    {
      kind: "line",
      id: "split",
      title: "Where the error is",
      xLabel: "step",
      yLabel: "RMS control error",
      series: [
        { key: "errNew_plain", label: "unfamiliar conditions, plain" },
        { key: "errNew_ctrlu", label: "unfamiliar conditions, Ctrl-U" },
        { key: "errFam_plain", label: "familiar conditions, plain", style: "dashed" },
        { key: "errFam_ctrlu", label: "familiar conditions, Ctrl-U", style: "dashed" }
      ]
    },
    { kind: "points", id: "samples", title: "Generated against requested condition (the diagonal is perfect control)", xLabel: "requested condition c", yLabel: "condition of the generation x₁" }
  ],
  csvColumns: ["err_plain", "err_ctrlu", "avg_plain", "avg_ctrlu", "errNew_plain", "errNew_ctrlu", "errFam_plain", "errFam_ctrlu"],
  summaryKeys: ["avg_plain", "avg_ctrlu"],
  summaryLabels: ["control error, plain", "control error, Ctrl-U"]
};

const __vite_glob_0_4 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$z
}, Symbol.toStringTag, { value: 'Module' }));

const figure$y = {
  sim: "deep-kurtosis",
  caption: "Thousands of randomly initialised ReLU networks of width 32 receive the same input. The first layer’s preactivation is exactly Gaussian; deeper layers grow heavier tails, with an excess kurtosis set by the depth-to-width ratio and matching the exact formula.",
  panels: [
    {
      kind: "curves",
      id: "kurt",
      title: "Excess kurtosis of each layer’s preactivation",
      xLabel: "layer ℓ / width n",
      yLabel: "excess kurtosis"
    },
    {
      kind: "curves",
      id: "hist",
      title: "Distribution of the last layer’s preactivation (in units of its standard deviation)",
      xLabel: "z / √K",
      yLabel: "density",
      yScale: "log"
    },
    {
      kind: "curves",
      id: "kernel",
      title: "Kernel K^(ℓ) across layers: constant only at criticality",
      xLabel: "layer ℓ",
      yLabel: "E[z²]",
      yScale: "log"
    },
    {
      kind: "line",
      id: "estimate",
      title: "Estimate of the last layer’s excess kurtosis as networks accumulate",
      x: "networks",
      xLabel: "networks drawn",
      yLabel: "excess kurtosis",
      series: [
        { key: "kurtLast", label: "measured, last layer" },
        { key: "theoryLast", label: "exact theory", style: "dashed" }
      ]
    }
  ],
  csvColumns: ["networks", "kurtLast", "theoryLast", "kurtMid", "kernelLast", "depthOverWidth"],
  summaryKeys: ["kurtLast", "theoryLast", "depthOverWidth"],
  summaryLabels: ["excess kurtosis (last layer)", "theory", "depth / width"]
};

const __vite_glob_0_5 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$y
}, Symbol.toStringTag, { value: 'Module' }));

const figure$x = {
  sim: "dno",
  caption: "Forty DNO rounds in a three-response game with cyclic preferences. Every round’s policy beats the one before it, and the average of the rounds closes in on the Nash policy; iterative DPO on a fitted Bradley–Terry reward settles on response A, which response C beats.",
  panels: [
    { kind: "simplex", id: "simplex", title: "Policy after each round" },
    {
      kind: "line",
      id: "improve",
      title: "Win rate of each new policy against the previous one",
      xLabel: "round",
      yLabel: "P(π_t+1 ≻ π_t)",
      series: [
        { key: "winPrev", label: "DNO", style: "points" },
        { key: "btWinPrev", label: "iterative DPO on Bradley–Terry", style: "points" }
      ]
    },
    {
      kind: "line",
      id: "expl",
      title: "How much the best response beats the policy",
      xLabel: "round",
      yLabel: "max_y P(y ≻ π) − 1/2",
      series: [
        { key: "explDno", label: "DNO (last iterate)" },
        { key: "explAvg", label: "DNO (average)", style: "dashed" },
        { key: "explBt", label: "iterative DPO on Bradley–Terry" }
      ]
    },
    {
      kind: "line",
      id: "teacher",
      title: "Win rate against the teacher",
      xLabel: "round",
      yLabel: "P(π ≻ teacher)",
      series: [
        { key: "teacherDno", label: "DNO (last iterate)" },
        { key: "teacherAvg", label: "DNO (average)", style: "dashed" },
        { key: "teacherBt", label: "iterative DPO on Bradley–Terry" }
      ]
    }
  ],
  csvColumns: ["winPrev", "btWinPrev", "kept", "teacherDno", "teacherAvg", "teacherBt", "explDno", "explAvg", "explBt"],
  summaryKeys: ["winPrev", "explAvg", "explBt", "teacherDno"],
  summaryLabels: ["DNO win rate over previous round", "DNO average exploitability", "BT-DPO exploitability", "DNO win rate vs teacher"]
};

const __vite_glob_0_6 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$x
}, Symbol.toStringTag, { value: 'Module' }));

const figure$w = {
  sim: "econtrol",
  caption: "Ten workers with heterogeneous quadratics and noisy gradients send two of twenty coordinates per round. Compressed SGD without memory stalls far from the optimum; EControl, which feeds back a controlled fraction η of its accumulated compression error, settles lowest.",
  panels: [
    {
      kind: "line",
      id: "gap",
      title: "Optimality gap f(x) − f*, relative to the start",
      xLabel: "communication round",
      yLabel: "(f − f*) / (f(x⁰) − f*)",
      yScale: "log",
      series: [
        { key: "csgd", label: "compressed SGD", style: "dashed" },
        { key: "ef14", label: "EF14" },
        { key: "ef21", label: "EF21-SGD" },
        { key: "ec", label: "EControl" }
      ]
    },
    {
      kind: "points",
      id: "paths",
      title: "Iterates in the two flattest directions of f, centred on x*",
      xLabel: "flattest direction",
      yLabel: "second flattest"
    }
  ],
  csvColumns: ["csgd", "ef14", "ef21", "ec", "blownUp"],
  summaryKeys: ["ec", "ef21", "ef14", "csgd"],
  summaryLabels: ["EControl", "EF21-SGD", "EF14", "compressed SGD"],
  divergedText: "Every method blew up: the step size γ is too large for these quadratics."
};

const __vite_glob_0_7 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$w
}, Symbol.toStringTag, { value: 'Module' }));

const figure$v = {
  sim: "ef21-mean",
  caption: "Ten workers with heterogeneous quadratics send two of twenty coordinates per round. EF21 run with the step its new theory allows (arithmetic mean of the smoothness constants) converges in fewer rounds than with the old step (quadratic mean); compressed GD without error feedback stalls.",
  panels: [
    {
      kind: "line",
      id: "grad",
      title: "Squared gradient norm ‖∇f(x)‖², relative to the start",
      xLabel: "communication round",
      yLabel: "‖∇f‖² / ‖∇f(x⁰)‖²",
      yScale: "log",
      series: [
        { key: "qm", label: "EF21, γ from L_QM (old theory)" },
        { key: "am", label: "EF21, γ from L_AM (new theory)" },
        { key: "cgd", label: "compressed GD, no feedback", style: "dashed" }
      ]
    },
    {
      kind: "points",
      id: "paths",
      title: "Iterates in the two flattest directions of f, centred on x*",
      xLabel: "flattest direction",
      yLabel: "second flattest"
    },
    {
      kind: "readout",
      id: "steps",
      title: "The two means and the steps they allow",
      items: [
        { key: "lAM", label: "L_AM", help: "Arithmetic mean of the workers’ smoothness constants L_i.", digits: 3 },
        { key: "lQM", label: "L_QM", help: "Quadratic mean √(mean L_i²): never smaller than L_AM, much larger when a few workers are stiff.", digits: 3 },
        { key: "gammaAM", label: "γ (new)", help: "EF21 step 1/(L + L_AM √(β/θ)) allowed by the paper’s analysis.", digits: 4 },
        { key: "gammaQM", label: "γ (old)", help: "EF21 step 1/(L + L_QM √(β/θ)) allowed by the earlier analysis.", digits: 4 }
      ]
    }
  ],
  csvColumns: ["qm", "am", "cgd", "lAM", "lQM", "gammaAM", "gammaQM"],
  summaryKeys: ["am", "qm", "cgd"],
  summaryLabels: ["EF21 new step", "EF21 old step", "compressed GD"]
};

const __vite_glob_0_8 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$v
}, Symbol.toStringTag, { value: 'Module' }));

const figure$u = {
  sim: "f-dpg",
  caption: "A two-mode target over twenty sequences and a policy family that can hold only one bump. Trained with sampled f-DPG gradients, reverse KL and Jensen–Shannon settle on the main mode (high reward, low entropy); forward KL spreads over both modes and the valley between them.",
  panels: [
    { kind: "bars", id: "dist", title: "Target and fitted policies", xLabel: "sequence", yLabel: "probability" },
    {
      kind: "line",
      id: "reward",
      title: "Alignment: expected reward E_π[r]",
      xLabel: "step",
      yLabel: "E_π[r]",
      series: [
        { key: "rklReward", label: "reverse KL (RLHF)" },
        { key: "fklReward", label: "forward KL (DPG)" },
        { key: "jsReward", label: "Jensen–Shannon" }
      ]
    },
    {
      kind: "line",
      id: "entropy",
      title: "Diversity: entropy of the policy",
      xLabel: "step",
      yLabel: "entropy (nats)",
      series: [
        { key: "rklEntropy", label: "reverse KL (RLHF)" },
        { key: "fklEntropy", label: "forward KL (DPG)" },
        { key: "jsEntropy", label: "Jensen–Shannon" },
        { key: "targetEntropy", label: "target", style: "dashed" }
      ]
    },
    {
      kind: "readout",
      id: "second",
      title: "Mass on the second good region (sequences 11–20)",
      items: [
        { key: "targetSecond", label: "target", help: "Share of the target distribution on sequences 11–20.", digits: 2 },
        { key: "rklSecond", label: "reverse KL", help: "Share of the reverse-KL policy on sequences 11–20.", digits: 2 },
        { key: "fklSecond", label: "forward KL", help: "Share of the forward-KL policy on sequences 11–20.", digits: 2 },
        { key: "jsSecond", label: "Jensen–Shannon", help: "Share of the Jensen–Shannon policy on sequences 11–20.", digits: 2 }
      ]
    }
  ],
  csvColumns: ["rklReward", "fklReward", "jsReward", "rklEntropy", "fklEntropy", "jsEntropy", "targetEntropy", "rklSecond", "fklSecond", "jsSecond", "targetSecond", "rklTv", "fklTv", "jsTv"],
  summaryKeys: ["rklReward", "fklReward", "jsReward", "fklSecond"],
  summaryLabels: ["reward (reverse KL)", "reward (forward KL)", "reward (JS)", "second-mode mass (forward KL)"]
};

const __vite_glob_0_9 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$u
}, Symbol.toStringTag, { value: 'Module' }));

const figure$t = {
  sim: "fine-grained-feedback",
  caption: "A toy generator writes 20-token answers; some tokens are false, some irrelevant. Two copies learn by policy gradient from the same three reward models: one is paid after every two-token segment, the other gets the same total once, at the end. The dense reward removes errors much sooner, most of all early in the answer.",
  panels: [
    {
      kind: "line",
      id: "err",
      title: "Share of bad tokens",
      x: "episodes",
      xLabel: "episodes",
      yLabel: "P(false or irrelevant token)",
      yDomain: [0, 1],
      series: [
        { key: "err_fine", label: "fine-grained rewards" },
        { key: "err_holistic", label: "holistic reward" }
      ]
    },
    {
      kind: "line",
      id: "types",
      title: "By error type",
      x: "episodes",
      xLabel: "episodes",
      yLabel: "rate",
      series: [
        { key: "false_fine", label: "false, fine-grained" },
        { key: "irr_fine", label: "irrelevant, fine-grained" },
        { key: "false_holistic", label: "false, holistic", style: "dashed" },
        { key: "irr_holistic", label: "irrelevant, holistic", style: "dashed" }
      ]
    },
    { kind: "heatmap", id: "credit", title: "P(bad token) at each position of the answer", xLabel: "position" }
  ],
  csvColumns: ["episodes", "err_fine", "err_holistic", "false_fine", "false_holistic", "irr_fine", "irr_holistic"],
  summaryKeys: ["err_fine", "err_holistic"],
  summaryLabels: ["bad-token rate, fine-grained", "bad-token rate, holistic"]
};

const __vite_glob_0_10 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$t
}, Symbol.toStringTag, { value: 'Module' }));

const figure$s = {
  sim: "gradient-entanglement",
  caption: "A log-linear policy over eight responses trained with DPO on one preference pair. The margin grows as it should, but because the two responses' gradients overlap (⟨g_w, g_l⟩ larger than ‖g_w‖²) the chosen response loses probability along with the rejected one.",
  instant: true,
  panels: [
    {
      kind: "line",
      id: "logp",
      title: "Change in log-probability since the start",
      xLabel: "step",
      yLabel: "Δ log π",
      series: [
        { key: "dLogW", label: "chosen y_w" },
        { key: "dLogL", label: "rejected y_l" },
        { key: "margin", label: "margin", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "geometry",
      title: "The paper's condition: inner product against squared norms",
      xLabel: "step",
      yLabel: "value",
      series: [
        { key: "inner", label: "⟨g_w, g_l⟩" },
        { key: "normW", label: "‖g_w‖²", style: "dashed" },
        { key: "normL", label: "‖g_l‖²", style: "dashed" }
      ]
    },
    { kind: "bars", id: "probs", title: "Policy over the responses", yLabel: "probability" },
    {
      kind: "readout",
      id: "now",
      title: "Latest step",
      items: [
        { key: "pW", label: "π(y_w)", help: "Probability of the chosen response.", digits: 3 },
        { key: "pL", label: "π(y_l)", help: "Probability of the rejected response.", digits: 3 },
        { key: "loss", label: "DPO loss", help: "−log σ(β · margin), with the starting policy as reference.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["dLogW", "dLogL", "margin", "loss", "inner", "normW", "normL", "pW", "pL"],
  summaryKeys: ["margin", "dLogW", "dLogL"],
  summaryLabels: ["margin", "change in chosen log-probability", "change in rejected log-probability"]
};

const __vite_glob_0_11 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$s
}, Symbol.toStringTag, { value: 'Module' }));

const figure$r = {
  sim: "grokking-modular",
  caption: "A one-hidden-layer network learns a + b mod 31 from half of all pairs. Train accuracy reaches 100% within about a hundred steps; test accuracy sits near chance for hundreds more, then jumps, as each hidden unit settles on one Fourier frequency.",
  panels: [
    {
      kind: "line",
      id: "acc",
      title: "Accuracy, and how concentrated each unit is in frequency",
      yLabel: "accuracy",
      yDomain: [0, 1],
      series: [
        { key: "trainAcc", label: "train accuracy", style: "dashed" },
        { key: "testAcc", label: "test accuracy" },
        { key: "fourierConc", label: "Fourier concentration (mean top-frequency share)", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "loss",
      title: "Cross-entropy loss",
      yScale: "log",
      yLabel: "loss",
      series: [
        { key: "trainLoss", label: "train", style: "dashed" },
        { key: "testLoss", label: "test" }
      ]
    },
    {
      kind: "line",
      id: "norm",
      title: "Weight norm",
      yLabel: "‖W‖ = √(‖W₁‖² + ‖W₂‖²)",
      series: [{ key: "weightNorm", label: "‖W‖" }]
    },
    {
      kind: "heatmap",
      id: "fourier",
      title: "Fourier power of each hidden unit’s input weights (share per frequency)",
      xLabel: "frequency k",
      yLabel: "hidden units, sorted by strongest frequency"
    }
  ],
  csvColumns: ["trainAcc", "testAcc", "trainLoss", "testLoss", "weightNorm", "fourierConc"],
  summaryKeys: ["trainAcc", "testAcc", "weightNorm", "fourierConc"],
  summaryLabels: ["train accuracy", "test accuracy", "weight norm", "Fourier concentration"]
};

const __vite_glob_0_12 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$r
}, Symbol.toStringTag, { value: 'Module' }));

const figure$q = {
  sim: "grokking-regression",
  caption: "A two-layer network first memorises its 200 training points (dashed) while the test loss (solid) rises; only when its weights turn towards the target direction does the test loss fall. Larger output scale α, longer delay.",
  panels: [
    {
      kind: "line",
      id: "loss",
      title: "Loss relative to its initial value",
      xScale: "log",
      yScale: "log",
      yLabel: "loss / initial loss",
      series: [
        { key: "trainRel", label: "train", style: "dashed" },
        { key: "testRel", label: "test" },
        { key: "twinTestRel", label: "lazy twin, test" }
      ],
      markers: { key: "cross", label: "threshold", labels: ["train < 10%", "test < 25%", "train < 10%, test < 25%"] }
    },
    {
      kind: "line",
      id: "features",
      title: "Feature learning: alignment with the target and weight growth",
      xScale: "log",
      yScale: "log",
      yLabel: "a(t)  and  ‖W‖ / ‖W₀‖",
      series: [
        { key: "alignment", label: "alignment a(t) = βᵀMβ / (‖M‖ ‖β‖²)" },
        { key: "weightGrowth", label: "‖W‖_F / ‖W₀‖_F", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "decomp",
      title: "Test loss = variance + alignment + linear term",
      xScale: "log",
      yLabel: "share of initial test loss",
      stacked: true,
      series: [
        { key: "alignRel", label: "alignment error" },
        { key: "varRel", label: "variance error" },
        { key: "linRel", label: "linear-term error" }
      ]
    }
  ],
  csvColumns: [
    "trainLoss",
    "testLoss",
    "trainRel",
    "testRel",
    "alignment",
    "weightNorm",
    "twinTestRel",
    "varRel",
    "alignRel",
    "linRel"
  ],
  summaryKeys: ["trainRel", "testRel", "alignment", "weightNorm"],
  summaryLabels: ["train loss / initial", "test loss / initial", "alignment a(t)", "weight norm ‖W‖"]
};

const __vite_glob_0_13 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$q
}, Symbol.toStringTag, { value: 'Module' }));

const figure$p = {
  sim: "hardness",
  caption: "The share of the gradient each negative receives, relative to a uniform share, against its similarity to the anchor. Dashed: the paper’s four temperatures; solid: the current τ. Lower τ piles the penalty onto the hardest negatives.",
  panels: [
    {
      kind: "line",
      id: "penalty",
      title: "Relative penalty n·r(s) of a negative at similarity s",
      x: "s",
      xLabel: "similarity s to the anchor",
      yLabel: "n · r(s)  (1 = uniform share)",
      series: [
        { key: "penaltyRel", label: "current τ" },
        { key: "ref007", label: "τ = 0.07", style: "dashed" },
        { key: "ref02", label: "τ = 0.2", style: "dashed" },
        { key: "ref05", label: "τ = 0.5", style: "dashed" },
        { key: "ref1", label: "τ = 1", style: "dashed" }
      ],
      markers: { key: "intervalStart", label: "90% of the penalty lies to the right" }
    },
    {
      kind: "curves",
      id: "entropy",
      title: "How spread the penalty is, against τ",
      xLabel: "temperature τ",
      yLabel: "fraction",
      xScale: "log"
    },
    {
      kind: "readout",
      id: "numbers",
      title: "At the current τ",
      items: [
        { key: "entropy", label: "entropy H(r)", help: "Entropy of the penalty distribution over the negatives, in nats.", digits: 3 },
        { key: "logN", label: "log n", help: "The largest possible entropy: every negative penalised equally (τ → ∞).", digits: 3 },
        { key: "intervalLo", label: "effective interval starts at", help: "Negatives more similar than this receive 90% of the total penalty.", digits: 3 },
        { key: "intervalShare", label: "share of negatives inside", help: "The fraction of the negatives that receive 90% of the penalty.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["s", "penalty", "penaltyRel"],
  summaryKeys: ["entropy", "intervalLo", "intervalShare"],
  summaryLabels: ["entropy of the penalty", "effective interval starts at similarity", "share of negatives holding 90% of the penalty"],
  instant: true
};

const __vite_glob_0_14 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$p
}, Symbol.toStringTag, { value: 'Module' }));

const figure$o = {
  sim: "individual-temperature",
  caption: "iSogCLR’s optimal temperature τ* for one anchor, solved exactly on frozen similarities, against the share q of negatives that share the anchor’s semantics. At small ρ, frequent semantics get the larger τ*, as the paper claims; at large ρ the order reverses.",
  panels: [
    {
      kind: "line",
      id: "byQ",
      title: "Optimal temperature τ* against the frequency of the anchor’s semantics",
      x: "q",
      xScale: "log",
      xLabel: "share q of negatives with the anchor’s semantics",
      yLabel: "τ*",
      series: [
        { key: "tauStar", label: "current ρ" },
        { key: "tauApprox", label: "small-ρ approximation √(Var s / 2ρ)", style: "points" },
        { key: "tauRho01", label: "ρ = 0.1", style: "dashed" },
        { key: "tauRho04", label: "ρ = 0.4", style: "dashed" },
        { key: "tauRho1", label: "ρ = 1", style: "dashed" },
        { key: "tauRho2", label: "ρ = 2", style: "dashed" }
      ],
      markers: { key: "atQ", label: "this anchor’s q" }
    },
    {
      kind: "curves",
      id: "byRho",
      title: "τ* against the robustness radius ρ: rare and frequent semantics cross",
      xLabel: "robustness radius ρ",
      yLabel: "τ*",
      xScale: "log",
      yScale: "log"
    },
    {
      kind: "bars",
      id: "weights",
      title: "This anchor’s negatives, and the worst-case weights iSogCLR puts on them at τ*",
      xLabel: "similarity to the anchor",
      yLabel: "share"
    },
    {
      kind: "readout",
      id: "numbers",
      title: "This anchor",
      items: [
        { key: "tauNow", label: "τ*", help: "The temperature that minimises τ·log mean exp(s/τ) + τρ for this anchor.", digits: 3 },
        { key: "klNow", label: "KL(p ‖ uniform) at τ*", help: "How far the worst-case weights are from uniform; equals ρ at the optimum.", digits: 4 },
        { key: "tauRare", label: "τ* for rare semantics (q = 0.01)", help: "The same problem for an anchor whose semantics are rare, at the current ρ.", digits: 3 },
        { key: "tauFrequent", label: "τ* for frequent semantics (q = 0.5)", help: "The same problem for an anchor whose semantics are frequent, at the current ρ.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["q", "tauStar", "tauApprox", "tauRho01", "tauRho04", "tauRho1", "tauRho2"],
  summaryKeys: ["tauNow", "tauRare", "tauFrequent"],
  summaryLabels: ["τ* of this anchor", "τ* for rare semantics", "τ* for frequent semantics"],
  instant: true
};

const __vite_glob_0_15 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$o
}, Symbol.toStringTag, { value: 'Module' }));

const figure$n = {
  sim: "inpo",
  caption: "Three responses whose preferences run in a cycle. INPO, fed only sampled win/lose labels, walks to the regularised Nash policy just like exact mirror descent; a Bradley–Terry reward fitted on the same number of labels sends RLHF to response A, which C beats most of the time.",
  panels: [
    { kind: "simplex", id: "simplex", title: "Policy paths on the probability simplex" },
    {
      kind: "line",
      id: "gap",
      title: "Duality gap of the regularised game",
      xLabel: "iteration",
      yLabel: "duality gap",
      yScale: "log",
      series: [
        { key: "gapInpo", label: "INPO (sampled pairs)" },
        { key: "gapOmd", label: "exact mirror descent (Eq. 1)", style: "dashed" },
        { key: "gapBt", label: "Bradley–Terry reward + RLHF" }
      ]
    },
    {
      kind: "readout",
      id: "now",
      title: "Latest iterate",
      items: [
        { key: "klInpo", label: "KL(π* ‖ INPO)", help: "KL divergence from the regularised Nash policy to the INPO policy.", digits: 4 },
        { key: "explInpo", label: "INPO exploitability", help: "How much the best single response beats the INPO policy: max_y P(y ≻ π) − 1/2.", digits: 3 },
        { key: "explBt", label: "RLHF exploitability", help: "The same for the Bradley–Terry RLHF policy.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["gapInpo", "gapOmd", "gapBt", "klInpo", "klOmd", "klBt", "explInpo", "explBt"],
  summaryKeys: ["gapInpo", "gapBt", "explInpo", "explBt"],
  summaryLabels: ["INPO duality gap", "RLHF duality gap", "INPO exploitability", "RLHF exploitability"]
};

const __vite_glob_0_16 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$n
}, Symbol.toStringTag, { value: 'Module' }));

const figure$m = {
  sim: "knowledge-fusion",
  caption: 'Five frozen "source models" (four specialists, one mediocre generalist) teach one student across four tasks. A selector picks the source for each input. Without its feedback loss it settles on the generalist everywhere and the student stays mediocre; with it, every specialist gets tried, wins its own task, and the student learns all four.',
  panels: [
    {
      kind: "line",
      id: "student",
      title: "Student accuracy over all tasks",
      xLabel: "step",
      yLabel: "test accuracy",
      yDomain: [0.3, 1],
      series: [
        { key: "student_fb", label: "selector with feedback loss" },
        { key: "student_nofb", label: "selector without" },
        { key: "student_avg", label: "uniform average of all sources", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "spread",
      title: "How evenly the selector uses the sources",
      xLabel: "step",
      yLabel: "normalised entropy of usage",
      yDomain: [0, 1],
      series: [
        { key: "spread_fb", label: "with feedback loss" },
        { key: "spread_nofb", label: "without" }
      ]
    },
    { kind: "bars", id: "usage", title: "Share of inputs routed to each source", yLabel: "share" }
  ],
  csvColumns: ["student_fb", "student_nofb", "student_avg", "teacher_fb", "teacher_nofb", "teacher_avg", "spread_fb", "spread_nofb", "general_fb", "general_nofb"],
  summaryKeys: ["student_fb", "student_nofb", "student_avg"],
  summaryLabels: ["student accuracy with feedback loss", "without", "uniform average"]
};

const __vite_glob_0_17 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$m
}, Symbol.toStringTag, { value: 'Module' }));

const figure$l = {
  sim: "linear-overtraining",
  caption: "A linear student trained by gradient descent on N noisy examples of a linear teacher with P = 100 weights. With as many examples as parameters (α = 1) the test error dips and then climbs far above its minimum as training continues; with fewer or more examples the overtraining nearly vanishes.",
  panels: [
    {
      kind: "line",
      id: "errors",
      title: "Errors during training (one sampled data set)",
      x: "t",
      xLabel: "training time t (log)",
      xScale: "log",
      yLabel: "mean squared error",
      yScale: "log",
      series: [
        { key: "test", label: "test error" },
        { key: "train", label: "training error" },
        { key: "theory", label: "test error, random-matrix average", style: "dashed" },
        { key: "noise", label: "noise floor σ²", style: "dashed" }
      ]
    },
    {
      kind: "curves",
      id: "sweep",
      title: "Test error against α = N/P (random-matrix average)",
      xLabel: "α = N / P",
      yLabel: "test error",
      yScale: "log"
    },
    {
      kind: "readout",
      id: "frozen",
      title: "The frozen subspace",
      items: [
        { key: "frozenDims", label: "frozen directions", help: "Directions of weight space the data never touch (P − N when N < P): gradient descent cannot move them.", digits: 0 },
        { key: "frozenNorm", label: "weight norm there", help: "Size of the student’s weights inside the frozen subspace: its initial value, kept for ever unless weight decay shrinks it.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["t", "train", "test", "theory", "noise", "frozenDims", "frozenNorm"],
  summaryKeys: ["test", "train", "theory"],
  summaryLabels: ["test error", "training error", "average test error"],
  instant: true
};

const __vite_glob_0_18 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$l
}, Symbol.toStringTag, { value: 'Module' }));

const figure$k = {
  sim: "lion-box",
  caption: "Lion with weight decay λ on a quadratic whose minimum lies outside the box ‖x‖∞ ≤ 1/λ. Its iterates enter the box within a few dozen steps and then converge to the minimiser of f inside the box; without weight decay Lion leaves it, and an L2 penalty lands on a different point.",
  panels: [
    {
      kind: "points",
      id: "paths",
      title: "Trajectories from the same start",
      xLabel: "x₁",
      yLabel: "x₂"
    },
    {
      kind: "line",
      id: "dist",
      title: "Distance to the constrained minimiser",
      xLabel: "step",
      yLabel: "‖x − x*_box‖",
      yScale: "log",
      series: [
        { key: "lionDist", label: "Lion" },
        { key: "freeDist", label: "Lion, λ = 0", style: "dashed" },
        { key: "ridgeDist", label: "GD + L2", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "viol",
      title: "Constraint violation: how far outside the set",
      xLabel: "step",
      yLabel: "max(0, ‖x‖ − 1/λ)",
      series: [
        { key: "lionViol", label: "Lion" },
        { key: "freeViol", label: "Lion, λ = 0", style: "dashed" },
        { key: "ridgeViol", label: "GD + L2", style: "dashed" }
      ]
    }
  ],
  csvColumns: ["lionDist", "lionViol", "lionGap", "freeDist", "freeViol", "ridgeDist", "ridgeViol", "fBox"],
  summaryKeys: ["lionViol", "lionDist", "freeDist"],
  summaryLabels: ["Lion violation", "Lion distance to constrained minimiser", "λ = 0 distance"],
  instant: true
};

const __vite_glob_0_19 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$k
}, Symbol.toStringTag, { value: 'Module' }));

const figure$j = {
  sim: "lipschitz-policy",
  caption: "Closed-loop regret against the expert (cost of the learned policy minus the expert’s nominal cost) as the Lipschitz bound L grows. Nominal regret falls as the learned policy is allowed to copy the high-gain expert; under attacks of size ε on the measured state the cost is smallest at a moderate L and rises again for large L.",
  instant: true,
  panels: [
    {
      kind: "line",
      id: "regret",
      title: "Closed-loop regret against the Lipschitz bound",
      x: "L",
      xLabel: "Lipschitz bound L",
      yLabel: "J(policy) − J(expert)",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "nominal", label: "nominal", band: ["nominalLo", "nominalHi"] },
        { key: "attacked", label: "under attack (ε)", band: ["attackedLo", "attackedHi"] },
        { key: "expertAttacked", label: "expert under attack", style: "dashed" }
      ]
    },
    { kind: "curves", id: "paths", title: "Position from x₀ = (1, 0) at the highlighted L", xLabel: "time", yLabel: "position" }
  ],
  csvColumns: ["L", "nominal", "nominalLo", "nominalHi", "attacked", "attackedLo", "attackedHi", "expertAttacked", "Lstar"],
  summaryKeys: ["L", "nominal", "attacked"],
  summaryLabels: ["Lipschitz bound", "nominal regret", "regret under attack"]
};

const __vite_glob_0_20 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$j
}, Symbol.toStringTag, { value: 'Module' }));

const figure$i = {
  sim: "llm-regret",
  caption: "Cumulative regret against rounds (log-log, mean over seeds with a ± 1 s.e. band). On the alternating sequence, plain follow-the-leader loses every round and its regret grows linearly; the perturbed leader, the paper’s model of a pre-trained agent, and Hedge stay near the √t line.",
  panels: [
    {
      kind: "line",
      id: "regret",
      title: "Cumulative regret",
      xLabel: "round t",
      yLabel: "regret",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "ftl", label: "follow the leader (greedy)", band: ["ftlLo", "ftlHi"] },
        { key: "ftpl", label: "perturbed leader (model of the agent)", band: ["ftplLo", "ftplHi"] },
        { key: "hedge", label: "Hedge", band: ["hedgeLo", "hedgeHi"] },
        { key: "sqrtT", label: "√t", style: "dashed" }
      ],
      guides: [{ label: "linear (slope 1)", slope: 1 }]
    },
    {
      kind: "readout",
      id: "now",
      title: "Regret so far",
      items: [
        { key: "ftl", label: "follow the leader", help: "Cumulative regret of greedy play; a no-regret learner’s regret divided by t tends to 0.", digits: 1 },
        { key: "ftpl", label: "perturbed leader", help: "Cumulative regret of the leader with Gumbel noise of scale c·√t.", digits: 1 },
        { key: "hedge", label: "Hedge", help: "Cumulative regret of exponential weights tuned for the horizon.", digits: 1 }
      ]
    }
  ],
  csvColumns: ["ftl", "ftlLo", "ftlHi", "ftpl", "ftplLo", "ftplHi", "hedge", "hedgeLo", "hedgeHi", "sqrtT"],
  summaryKeys: ["ftl", "ftpl", "hedge"],
  summaryLabels: ["regret of follow-the-leader", "regret of the perturbed leader", "regret of Hedge"]
};

const __vite_glob_0_21 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$i
}, Symbol.toStringTag, { value: 'Module' }));

const figure$h = {
  sim: "martingale-pe",
  caption: "Relative error of the learned value function of an Ornstein–Uhlenbeck process against the time step dt. Minimising the mean-square TD error stays wrong however fine the mesh, because it fits the quadratic variation of the noise; the martingale loss and the martingale orthogonality conditions (TD/LSTD) settle at the Monte Carlo noise level.",
  instant: true,
  panels: [
    {
      kind: "line",
      id: "error",
      title: "Parameter error against the mesh",
      x: "dt",
      xLabel: "time step dt",
      yLabel: "‖θ̂ − θ‖ / ‖θ‖",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "ml", label: "martingale loss (Monte Carlo)" },
        { key: "td", label: "orthogonality: TD(0) / LSTD" },
        { key: "mstde", label: "mean-square TD error" }
      ],
      guides: [{ label: "∝ dt", slope: 1 }]
    },
    { kind: "curves", id: "value", title: "Value function at the latest mesh", xLabel: "state x", yLabel: "V(x)" },
    {
      kind: "readout",
      id: "slope",
      title: "Curvature of V (the x² coefficient)",
      items: [
        { key: "trueSlope", label: "exact", help: "−1/(β + 2κ) for reward −x², discount β = 1 and mean reversion κ = 1.", digits: 3 },
        { key: "mstdeSlope", label: "mean-square TD error", help: "Shrinks towards 0 as dt → 0: the quadratic-variation term penalises any slope of V.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["dt", "ml", "td", "mstde", "mstdeSlope", "trueSlope"],
  summaryKeys: ["dt", "ml", "td", "mstde"],
  summaryLabels: ["time step", "error of the martingale loss", "error of TD/LSTD", "error of the mean-square TD error"]
};

const __vite_glob_0_22 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$h
}, Symbol.toStringTag, { value: 'Module' }));

const figure$g = {
  sim: "mbtl",
  caption: "Mean performance over all contexts, as a fraction of training a policy on every context, against the number of tasks trained (mean over task families with a ± 1 s.e. band). Choosing the next task by Bayesian optimisation on a GP model of the set points plus a linear transfer gap covers the family with far fewer tasks than random or grid choices.",
  panels: [
    {
      kind: "line",
      id: "perf",
      title: "Generalised performance",
      x: "tasks",
      xLabel: "tasks trained k",
      yLabel: "V(S) / training everywhere",
      yDomain: [0, 1.05],
      series: [
        { key: "mbtl", label: "MBTL (GP + UCB)", band: ["mbtlLo", "mbtlHi"] },
        { key: "grid", label: "coarse-to-fine grid", band: ["gridLo", "gridHi"] },
        { key: "random", label: "random contexts", band: ["randomLo", "randomHi"] },
        { key: "greedy", label: "greedy with known set points (oracle)", style: "dashed" }
      ]
    },
    { kind: "curves", id: "contexts", title: "One task family along the context axis (numbers: MBTL’s picks)", xLabel: "context", yLabel: "performance" }
  ],
  csvColumns: ["tasks", "mbtl", "mbtlLo", "mbtlHi", "grid", "gridLo", "gridHi", "random", "randomLo", "randomHi", "greedy"],
  summaryKeys: ["tasks", "mbtl", "grid", "random"],
  summaryLabels: ["tasks trained", "MBTL", "grid", "random"]
};

const __vite_glob_0_23 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$g
}, Symbol.toStringTag, { value: 'Module' }));

const figure$f = {
  sim: "nash-md",
  caption: "Preferences over three responses that run in a cycle. Nash-MD’s last iterate spirals into the regularised Nash policy; plain self-play keeps circling (only its average converges); RLHF on a fitted Bradley–Terry reward settles on response A, which response C beats.",
  instant: true,
  panels: [
    { kind: "simplex", id: "simplex", title: "Policy paths on the probability simplex" },
    {
      kind: "line",
      id: "expl",
      title: "How much the best response beats each policy",
      xLabel: "iteration",
      yLabel: "max_y P(y ≻ π) − 1/2",
      series: [
        { key: "explMd", label: "Nash-MD (last iterate)" },
        { key: "explSp", label: "self-play (last iterate)" },
        { key: "explAvg", label: "self-play (average)", style: "dashed" },
        { key: "explBt", label: "RLHF on Bradley–Terry" }
      ]
    },
    {
      kind: "line",
      id: "kl",
      title: "Nash-MD: distance to the regularised Nash policy",
      xLabel: "iteration",
      yLabel: "KL(π*_τ ‖ π_t)",
      yScale: "log",
      series: [{ key: "klMd", label: "Nash-MD" }]
    }
  ],
  csvColumns: ["klMd", "explMd", "explSp", "explAvg", "explBt"],
  summaryKeys: ["klMd", "explMd", "explSp", "explBt"],
  summaryLabels: ["KL to π*_τ (Nash-MD)", "Nash-MD exploitability", "self-play exploitability", "RLHF exploitability"]
};

const __vite_glob_0_24 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$f
}, Symbol.toStringTag, { value: 'Module' }));

const figure$e = {
  sim: "nash-mirror-prox",
  caption: "Distance to the regularised Nash policy against the number of preference queries. Nash-MP falls in a straight line on the log scale; mirror descent with the same step falls more slowly, and Nash-MD with a constant step stalls short of the equilibrium.",
  instant: true,
  panels: [
    {
      kind: "line",
      id: "kl",
      title: "KL(π*_β ‖ π) against preference queries",
      xLabel: "preference queries N",
      yLabel: "KL(π*_β ‖ π_N)",
      yScale: "log",
      series: [
        { key: "klMp", label: "Nash-MP (two queries per iteration)" },
        { key: "klMd", label: "mirror descent" },
        { key: "klNmd", label: "Nash-MD (constant step)" },
        { key: "rate", label: "abstract’s rate (1+2β)^(−N/2)", style: "dashed" }
      ]
    },
    { kind: "simplex", id: "simplex", title: "Policy paths (responses 3… merged when K > 3)" }
  ],
  csvColumns: ["klMp", "klMd", "klNmd", "rate"],
  summaryKeys: ["klMp", "klMd", "klNmd"],
  summaryLabels: ["KL to π* (Nash-MP)", "KL to π* (mirror descent)", "KL to π* (Nash-MD)"]
};

const __vite_glob_0_25 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$e
}, Symbol.toStringTag, { value: 'Module' }));

const figure$d = {
  sim: "nce-compositional",
  caption: "Estimating the mean of a Gaussian whose normalising constant is treated as unknown, with noise N(0, 1) four units from the data. NCE’s logistic loss saturates when data and noise are easy to tell apart, so its gradient in μ is nearly flat and it crawls; the compositional negative log-likelihood keeps a unit slope and converges in a few dozen steps.",
  panels: [
    {
      kind: "line",
      id: "err",
      title: "Error in the estimated mean",
      xLabel: "step",
      yLabel: "|μ − μ*|",
      yScale: "log",
      series: [
        { key: "nceErr", label: "NCE" },
        { key: "compErr", label: "compositional NLL" }
      ]
    },
    {
      kind: "points",
      id: "paths",
      title: "Trajectories: mean against the estimate of log Z",
      xLabel: "μ",
      yLabel: "log Z estimate (NCE: c)"
    },
    {
      kind: "curves",
      id: "land",
      title: "Slope of each objective along μ (exact expectations)",
      xLabel: "μ",
      yLabel: "|gradient in μ|",
      yScale: "log"
    }
  ],
  csvColumns: ["nceErr", "compErr", "nceMu", "compMu", "nceC", "compLogZ"],
  summaryKeys: ["nceErr", "compErr"],
  summaryLabels: ["NCE error", "compositional error"]
};

const __vite_glob_0_26 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$d
}, Symbol.toStringTag, { value: 'Module' }));

const figure$c = {
  sim: "neural-bandit",
  caption: "Regret against rounds (log-log, mean over seeds with a ± 1 s.e. band) of a 4-action contextual bandit whose losses are a nonlinear function of the context. A small network regresses the observed losses online; inverse-gap weighting turns its predictions into a policy whose regret grows far more slowly than the uniform policy’s linear regret.",
  panels: [
    {
      kind: "line",
      id: "regret",
      title: "Cumulative regret",
      xLabel: "round t",
      yLabel: "regret",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "igwKl", label: "IGW + KL-loss regressor", band: ["igwKlLo", "igwKlHi"] },
        { key: "igwSq", label: "IGW + squared-loss regressor", band: ["igwSqLo", "igwSqHi"] },
        { key: "greedy", label: "greedy (KL regressor)", band: ["greedyLo", "greedyHi"] },
        { key: "uniform", label: "uniform random policy", style: "dashed" }
      ],
      guides: [{ label: "√T", slope: 0.5 }]
    },
    {
      kind: "readout",
      id: "now",
      title: "Regret so far",
      items: [
        { key: "igwKl", label: "IGW, KL loss", help: "Σ μ(chosen) − μ(best) for inverse-gap weighting on the log-loss regressor.", digits: 1 },
        { key: "igwSq", label: "IGW, squared loss", help: "The same with the squared-loss regressor.", digits: 1 },
        { key: "greedy", label: "greedy", help: "Always the action with the smallest predicted loss.", digits: 1 },
        { key: "uniform", label: "uniform", help: "Expected regret of choosing uniformly at random: linear in t.", digits: 1 }
      ]
    }
  ],
  csvColumns: ["igwKl", "igwKlLo", "igwKlHi", "igwSq", "igwSqLo", "igwSqHi", "greedy", "greedyLo", "greedyHi", "uniform", "sqrtKT"],
  summaryKeys: ["igwKl", "igwSq", "greedy", "uniform"],
  summaryLabels: ["regret of IGW with KL loss", "regret of IGW with squared loss", "regret of greedy", "regret of uniform play"]
};

const __vite_glob_0_27 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$c
}, Symbol.toStringTag, { value: 'Module' }));

const figure$b = {
  sim: "nft",
  caption: "Forty-eight toy questions, each answered by a softmax over eight candidates with one correct. Every round each method samples answers, a verifier marks them, and the method updates. RFT learns only from the correct answers; NFT also fits the wrong ones through its implicit negative policy and pushes them down, much as GRPO does.",
  panels: [
    {
      kind: "line",
      id: "acc",
      title: "Mean accuracy over the questions",
      xLabel: "round",
      yLabel: "P(correct)",
      yDomain: [0, 1],
      series: [
        { key: "acc_rft", label: "RFT (positives only)" },
        { key: "acc_grpo", label: "GRPO-style policy gradient", style: "dashed" },
        { key: "acc_nft", label: "NFT" }
      ]
    },
    {
      kind: "line",
      id: "neg",
      title: "What happens to the rejected answers in each update",
      xLabel: "round",
      yLabel: "mean Δ log π on rejected answers",
      series: [
        { key: "neg_rft", label: "RFT" },
        { key: "neg_grpo", label: "GRPO", style: "dashed" },
        { key: "neg_nft", label: "NFT" }
      ]
    },
    { kind: "heatmap", id: "perQuestion", title: "Accuracy per question (one row per method)" },
    {
      kind: "readout",
      id: "now",
      title: "Latest round",
      items: [
        { key: "trap_rft", label: "trap mass, RFT", help: "Mean probability of the tempting wrong answer under RFT.", digits: 3 },
        { key: "trap_nft", label: "trap mass, NFT", help: "Mean probability of the tempting wrong answer under NFT.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["acc_rft", "acc_grpo", "acc_nft", "trap_rft", "trap_grpo", "trap_nft", "neg_rft", "neg_grpo", "neg_nft"],
  summaryKeys: ["acc_rft", "acc_grpo", "acc_nft"],
  summaryLabels: ["RFT accuracy", "GRPO accuracy", "NFT accuracy"]
};

const __vite_glob_0_28 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$b
}, Symbol.toStringTag, { value: 'Module' }));

const figure$a = {
  sim: "optimistic-omd",
  caption: "Regret against rounds (log-log, mean over seeds with a ± 1 s.e. band) when the adversary is an opponent learning with the same algorithm and every gradient carries noise σ. Without noise, the last gradient is a good hint: optimistic OMD’s regret stops growing while OGD pays √T. Turn σ up and both pay √(σ²T).",
  panels: [
    {
      kind: "line",
      id: "regret",
      title: "Regret on the expected losses",
      xLabel: "round t",
      yLabel: "regret",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "ogd", label: "online gradient descent", band: ["ogdLo", "ogdHi"] },
        { key: "optimistic", label: "optimistic OMD (hint = last gradient)", band: ["optimisticLo", "optimisticHi"] },
        { key: "bound", label: "D(√σ²₁:ₜ + √Σ²₁:ₜ), optimistic run", style: "dashed" }
      ],
      guides: [{ label: "√T", slope: 0.5 }]
    },
    {
      kind: "readout",
      id: "now",
      title: "So far",
      items: [
        { key: "ogd", label: "regret of OGD", help: "Σ x_t y_t + |Σ y_t| for online gradient descent with step 2/√t.", digits: 1 },
        { key: "optimistic", label: "regret of optimistic OMD", help: "The same for optimistic OMD with the adaptive step.", digits: 1 },
        { key: "varSum", label: "adversarial variation Σ²₁:ₜ", help: "Σ (y_t − y_{t−1})² of the opponent facing optimistic OMD.", digits: 2 }
      ]
    }
  ],
  csvColumns: ["ogd", "ogdLo", "ogdHi", "optimistic", "optimisticLo", "optimisticHi", "bound", "varSum"],
  summaryKeys: ["ogd", "optimistic", "varSum"],
  summaryLabels: ["regret of OGD", "regret of optimistic OMD", "adversarial variation"]
};

const __vite_glob_0_29 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$a
}, Symbol.toStringTag, { value: 'Module' }));

const figure$9 = {
  sim: "p3o",
  caption: "PPO and P3O on a 3-prompt, 5-response bandit, each run twice on the same random draws: once with the reward model as is, once with a per-prompt constant added. P3O’s two runs are the same run; PPO’s drift apart, because its value estimate has to absorb the offset.",
  panels: [
    {
      kind: "line",
      id: "reward",
      title: "True reward of the policy",
      xLabel: "iteration",
      yLabel: "E_π[r]",
      series: [
        { key: "rewardPpo", label: "PPO" },
        { key: "rewardPpoShift", label: "PPO, shifted reward", style: "dashed" },
        { key: "rewardP3o", label: "P3O" },
        { key: "rewardP3oShift", label: "P3O, shifted reward", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "kl",
      title: "Drift from the reference policy",
      xLabel: "iteration",
      yLabel: "KL(π ‖ π_ref)",
      series: [
        { key: "klPpo", label: "PPO" },
        { key: "klPpoShift", label: "PPO, shifted reward", style: "dashed" },
        { key: "klP3o", label: "P3O" },
        { key: "klP3oShift", label: "P3O, shifted reward", style: "dashed" }
      ]
    },
    { kind: "points", id: "frontier", title: "KL–reward path", xLabel: "KL(π ‖ π_ref)", yLabel: "E_π[r]" }
  ],
  csvColumns: ["rewardPpo", "rewardPpoShift", "rewardP3o", "rewardP3oShift", "klPpo", "klPpoShift", "klP3o", "klP3oShift"],
  summaryKeys: ["rewardPpo", "rewardPpoShift", "rewardP3o", "rewardP3oShift"],
  summaryLabels: ["PPO reward", "PPO reward (shifted)", "P3O reward", "P3O reward (shifted)"]
};

const __vite_glob_0_30 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$9
}, Symbol.toStringTag, { value: 'Module' }));

const figure$8 = {
  sim: "refined-regret",
  caption: "Cumulative regret over episodes (log-log, mean over seeds with a ± 1 s.e. band). Unbiased linear-feature loss estimates go far below zero; exponential weights needs explicit exploration to survive them and pays for it every episode, while the log-barrier learner needs none.",
  panels: [
    {
      kind: "line",
      id: "regret",
      title: "Cumulative regret",
      xLabel: "episode k",
      yLabel: "regret",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "entropy", label: "exponential weights + exploration γ", band: ["entropyLo", "entropyHi"] },
        { key: "logBarrier", label: "log-barrier FTRL, no exploration", band: ["logBarrierLo", "logBarrierHi"] }
      ],
      guides: [
        { label: "√K", slope: 0.5 },
        { label: "K^(2/3)", slope: 2 / 3 }
      ]
    },
    {
      kind: "readout",
      id: "estimates",
      title: "How negative the estimates get",
      items: [
        { key: "etaMinLb", label: "log-barrier: η × most negative estimate", help: "Below −1 the entropy analysis would break; the log-barrier analysis allows it.", digits: 2 },
        { key: "etaMinEnt", label: "exp. weights: η × most negative estimate", help: "Exploration γ keeps the estimates of exponential weights from going far below −1/η.", digits: 2 },
        { key: "gamma", label: "exploration γ", help: "Share of every episode spent uniformly at random by exponential weights.", digits: 3 }
      ]
    }
  ],
  csvColumns: ["entropy", "entropyLo", "entropyHi", "logBarrier", "logBarrierLo", "logBarrierHi", "etaMinEnt", "etaMinLb", "gamma"],
  summaryKeys: ["entropy", "logBarrier"],
  summaryLabels: ["regret of exponential weights + exploration", "regret of log-barrier FTRL"]
};

const __vite_glob_0_31 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$8
}, Symbol.toStringTag, { value: 'Module' }));

const figure$7 = {
  sim: "regret-preferences",
  caption: "A 5×5 gridworld (goal top right, a ring of mud) and segment comparisons made by regret. A reward fitted under the partial-return model grows positive cells and its optimal policy loiters instead of finishing; the reward fitted under the regret model leads to the goal from every cell.",
  panels: [
    { kind: "heatmap", id: "truth", title: "True reward and optimal policy", overlay: "truthArrows" },
    { kind: "heatmap", id: "partial", title: "Reward learned by the partial-return model", overlay: "partialArrows" },
    { kind: "heatmap", id: "regret", title: "Reward learned by the regret model", overlay: "regretArrows" },
    {
      kind: "line",
      id: "success",
      title: "Does the learned reward’s optimal policy reach the goal?",
      xLabel: "gradient step",
      yLabel: "share of start cells",
      yDomain: [0, 1],
      series: [
        { key: "successPr", label: "partial-return model" },
        { key: "successRg", label: "regret model" }
      ]
    },
    {
      kind: "line",
      id: "fit",
      title: "How well each model explains the labels",
      xLabel: "gradient step",
      yLabel: "mean log-likelihood",
      series: [
        { key: "llPr", label: "partial-return model" },
        { key: "llRg", label: "regret model" }
      ]
    }
  ],
  csvColumns: ["successPr", "successRg", "gapPr", "gapRg", "llPr", "llRg"],
  summaryKeys: ["successPr", "successRg", "llPr", "llRg"],
  summaryLabels: ["partial-return success", "regret success", "partial-return log-lik.", "regret log-lik."]
};

const __vite_glob_0_32 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$7
}, Symbol.toStringTag, { value: 'Module' }));

const figure$6 = {
  sim: "rlhs",
  caption: "Two copies of a toy shop assistant learn from customer ratings. Rated right after the conversation (foresight), a false claim that the flashy product fits earns the best scores, and the assistant learns to lie; rated after a simulated outcome (hindsight), it learns to recommend the product that actually fits.",
  panels: [
    {
      kind: "line",
      id: "utility",
      title: "True utility of the customer",
      xLabel: "step",
      yLabel: "expected utility",
      yDomain: [0, 1],
      series: [
        { key: "utility_rlhf", label: "RLHF (foresight ratings)" },
        { key: "utility_rlhs", label: "RLHS (hindsight simulation)" },
        { key: "rating_rlhf", label: "RLHF's foresight rating", style: "dashed" }
      ]
    },
    {
      kind: "line",
      id: "deception",
      title: "Deception rate",
      xLabel: "step",
      yLabel: "P(false claim)",
      yDomain: [0, 1],
      series: [
        { key: "deception_rlhf", label: "RLHF" },
        { key: "deception_rlhs", label: "RLHS" }
      ]
    },
    { kind: "bars", id: "policy", title: "What each assistant says", yLabel: "probability" }
  ],
  csvColumns: ["utility_rlhf", "utility_rlhs", "deception_rlhf", "deception_rlhs", "rating_rlhf", "rating_rlhs"],
  summaryKeys: ["utility_rlhf", "utility_rlhs", "deception_rlhf", "deception_rlhs"],
  summaryLabels: ["RLHF utility", "RLHS utility", "RLHF deception rate", "RLHS deception rate"]
};

const __vite_glob_0_33 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$6
}, Symbol.toStringTag, { value: 'Module' }));

const figure$5 = {
  sim: "robust-dpo",
  caption: "A log-linear policy fitted to preference pairs whose labels were swapped at rate ε. DPO and conservative DPO learn a shrunken reward and a policy close to the reference; rDPO’s de-biased loss lands near the clean parameters, at the price of more variance as ε nears ½.",
  panels: [
    {
      kind: "line",
      id: "err",
      title: "Error of the implied reward parameters",
      xLabel: "gradient step",
      yLabel: "‖θ − θ*‖ / ‖θ*‖",
      series: [
        { key: "err_dpo", label: "DPO" },
        { key: "err_cdpo", label: "conservative DPO" },
        { key: "err_rdpo", label: "rDPO" }
      ]
    },
    {
      kind: "line",
      id: "reward",
      title: "True reward of the learned policy",
      xLabel: "gradient step",
      yLabel: "E_π[r*]",
      series: [
        { key: "reward_dpo", label: "DPO" },
        { key: "reward_cdpo", label: "conservative DPO" },
        { key: "reward_rdpo", label: "rDPO" },
        { key: "rewardClean", label: "clean optimum π*", style: "dashed" }
      ]
    },
    { kind: "curves", id: "sweep", title: "Parameter error after training, against the flip rate", xLabel: "flip rate ε", yLabel: "‖θ − θ*‖ / ‖θ*‖" }
  ],
  csvColumns: ["err_dpo", "err_cdpo", "err_rdpo", "reward_dpo", "reward_cdpo", "reward_rdpo", "rewardClean"],
  summaryKeys: ["err_dpo", "err_cdpo", "err_rdpo", "reward_rdpo"],
  summaryLabels: ["DPO error", "cDPO error", "rDPO error", "rDPO reward"]
};

const __vite_glob_0_34 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$5
}, Symbol.toStringTag, { value: 'Module' }));

const __vite_glob_0_35 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null
}, Symbol.toStringTag, { value: 'Module' }));

const figure$4 = {
  sim: "score-matching",
  caption: "A two-layer ReLU network learns the score of a diffused two-mode density by denoising score matching on 64 fixed noisy examples. The training loss keeps falling, but the error against the true score bottoms out early and then rises as the network fits the label noise: stopping early is what makes the estimate generalise.",
  panels: [
    {
      kind: "line",
      id: "err",
      title: "Error against the true score (held out, σ_t²-weighted)",
      xLabel: "gradient-descent step",
      yLabel: "E σ_t² (s − ∇log p_t)²",
      yScale: "log",
      series: [{ key: "scoreErr", label: "score error" }]
    },
    {
      kind: "line",
      id: "loss",
      title: "Denoising score-matching loss",
      xLabel: "gradient-descent step",
      yLabel: "mean (σ_t s + ε)²",
      series: [
        { key: "trainLoss", label: "training set" },
        { key: "testLoss", label: "fresh samples" }
      ]
    },
    { kind: "curves", id: "score", title: "Learned and true score at two noise levels", xLabel: "x", yLabel: "score ∇log p_t(x)" },
    { kind: "points", id: "labels", title: "The regression problem: training inputs and their noisy labels", xLabel: "x_t", yLabel: "label −ε/σ_t" }
  ],
  csvColumns: ["scoreErr", "trainLoss", "testLoss"],
  summaryKeys: ["scoreErr", "trainLoss"],
  summaryLabels: ["score error", "training loss"]
};

const __vite_glob_0_36 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$4
}, Symbol.toStringTag, { value: 'Module' }));

const figure$3 = {
  sim: "spo",
  caption: "A log-linear toy policy learns from 40 noisy preference pairs over responses made of content units. DPO alone latches onto filler that happened to come with the winners; adding SPO's self-supervised task (say how many key units were deleted from a response) makes the policy's likelihood track the key content, and it ranks unseen responses better.",
  panels: [
    {
      kind: "line",
      id: "acc",
      title: "Agreement with the true preference on unseen pairs",
      xLabel: "step",
      yLabel: "held-out pairwise accuracy",
      yDomain: [0.5, 1],
      series: [
        { key: "acc_dpo", label: "DPO" },
        { key: "acc_spo", label: "DPO + SPO" }
      ]
    },
    {
      kind: "line",
      id: "filler",
      title: "Share of the policy's weight on filler",
      xLabel: "step",
      yLabel: "‖θ_filler‖ / ‖θ‖",
      yDomain: [0, 1],
      series: [
        { key: "filler_dpo", label: "DPO" },
        { key: "filler_spo", label: "DPO + SPO" }
      ]
    },
    { kind: "bars", id: "weights", title: "What the policy rewards, unit by unit", yLabel: "weight (scaled to max 1)" }
  ],
  csvColumns: ["acc_dpo", "acc_spo", "filler_dpo", "filler_spo", "train_dpo", "train_spo"],
  summaryKeys: ["acc_dpo", "acc_spo"],
  summaryLabels: ["DPO held-out accuracy", "DPO + SPO held-out accuracy"]
};

const __vite_glob_0_37 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$3
}, Symbol.toStringTag, { value: 'Module' }));

const MAX_TASKS = 5;
const tasks = Array.from({ length: MAX_TASKS }, (_, i) => i + 1);
const series = [
  ...tasks.map((t) => ({ key: `acc${t}`, label: `task ${t}` })),
  ...tasks.map((t) => ({ key: `b${t}`, label: `task ${t} at boundaries`, style: "points", symbol: "diamond" }))
];
const figure$2 = {
  sim: "stability-gap",
  caption: "Accuracy on every task seen so far, measured after every iteration. Right after each task switch the old tasks collapse and then recover; the diamonds, measured only at task boundaries, miss the dip.",
  panels: [
    {
      kind: "line",
      id: "acc",
      title: "Accuracy on each task",
      xLabel: "iteration",
      yLabel: "test accuracy",
      yDomain: [0, 1],
      series,
      markers: { key: "switch", label: "task switch" }
    },
    {
      kind: "readout",
      id: "metrics",
      title: "Continual-evaluation metrics",
      items: [
        { key: "acc", label: "ACC", help: "Mean accuracy over the tasks seen so far, at the latest evaluation.", digits: 3 },
        {
          key: "forg",
          label: "FORG",
          help: "Boundary forgetting: mean drop of each finished task from its best boundary accuracy to the latest boundary.",
          digits: 3
        },
        {
          key: "minAcc",
          label: "min-ACC",
          help: "Mean over finished tasks of the lowest accuracy each reached after its training ended.",
          digits: 3
        },
        {
          key: "wcAcc",
          label: "WC-ACC",
          help: "Worst-case accuracy: (1/k)·current-task accuracy + (1 − 1/k)·min-ACC; a lower bound on ACC.",
          digits: 3
        },
        {
          key: "wf10",
          label: "WF¹⁰",
          help: "Largest accuracy drop within any 10 consecutive evaluations, per task, averaged over the tasks seen.",
          digits: 3
        },
        {
          key: "wp10",
          label: "WP¹⁰",
          help: "Largest accuracy rise within any 10 consecutive evaluations, per task, averaged over the tasks seen.",
          digits: 3
        }
      ]
    },
    { kind: "heatmap", id: "tasks", title: "What each task looks like (one row per task)" }
  ],
  csvColumns: ["task", ...tasks.map((t) => `acc${t}`), "minAcc", "wcAcc", "wf10", "wp10"],
  summaryKeys: ["acc1", "acc", "minAcc", "wf10"],
  summaryLabels: ["task-1 accuracy", "ACC", "min-ACC", "WF¹⁰"]
};

const __vite_glob_0_38 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$2
}, Symbol.toStringTag, { value: 'Module' }));

const figure$1 = {
  sim: "switching-costs",
  caption: "Regret including switching costs, worst case over the adversary’s gaps, against the observation budget B (T = 10,000, K = 4). A bandit learner sits on its T^(2/3) plateau whatever B is; spending the budget on full-information rounds only pays once B passes about T^(2/3), and then regret falls like T/√B.",
  panels: [
    {
      kind: "line",
      id: "regret",
      title: "Regret at round T against the budget",
      x: "budget",
      xLabel: "observation budget B",
      yLabel: "regret incl. switches",
      xScale: "log",
      yScale: "log",
      series: [
        { key: "full", label: "budget on full-information rounds", band: ["fullLo", "fullHi"] },
        { key: "bandit", label: "bandit feedback only", band: ["banditLo", "banditHi"] },
        { key: "t23", label: "T^(2/3)", style: "dashed" }
      ],
      markers: { key: "phase", label: "B ≈ T^(2/3)" },
      guides: [{ label: "T/√B (slope −½)", slope: -0.5 }]
    },
    {
      kind: "readout",
      id: "now",
      title: "At the latest budget",
      items: [
        { key: "budget", label: "budget B", help: "Observations the learner may make (extra ones, or all of them).", digits: 0 },
        { key: "full", label: "regret, full-information rounds", help: "Worst-gap mean regret when the budget buys rounds in which all K losses are seen.", digits: 0 },
        { key: "bandit", label: "regret, bandit feedback", help: "Worst-gap mean regret of batched EXP3, which learns only from the actions it plays.", digits: 0 },
        { key: "tOverRootB", label: "T/√B", help: "The minimax rate above the transition, with constant 1.", digits: 0 }
      ]
    }
  ],
  csvColumns: ["budget", "full", "fullLo", "fullHi", "bandit", "banditLo", "banditHi", "best", "t23", "tOverRootB", "phase"],
  summaryKeys: ["budget", "full", "bandit"],
  summaryLabels: ["budget B", "regret with full-information rounds", "regret with bandit feedback"]
};

const __vite_glob_0_39 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure: figure$1
}, Symbol.toStringTag, { value: 'Module' }));

const figure = {
  sim: "target-surrogate",
  caption: "Logistic regression in two parameters with an elongated loss valley. Each expensive query returns the loss gradient with respect to the logits; GD turns it into one parameter step, SSO into m cheap steps on a surrogate built in logit space, and reaches the optimum in a fraction of the queries.",
  panels: [
    {
      kind: "line",
      id: "loss",
      title: "Suboptimality per expensive gradient query",
      xLabel: "gradient queries",
      yLabel: "L(θ) − L*",
      yScale: "log",
      series: [
        { key: "gd", label: "GD" },
        { key: "sso", label: "SSO" }
      ]
    },
    {
      kind: "points",
      id: "paths",
      title: "Paths in parameter space (every inner SSO step drawn)",
      xLabel: "θ₁",
      yLabel: "θ₂"
    }
  ],
  csvColumns: ["gd", "sso", "distGd", "distSso", "lStar"],
  summaryKeys: ["gd", "sso"],
  summaryLabels: ["GD suboptimality", "SSO suboptimality"]
};

const __vite_glob_0_40 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	figure
}, Symbol.toStringTag, { value: 'Module' }));

function defineParams(schema) {
  return schema;
}
function defaultsOf(schema) {
  const out = {};
  for (const [key, field] of Object.entries(schema)) out[key] = field.default;
  return out;
}
const seedField = {
  kind: "int",
  min: 0,
  max: 2 ** 31 - 1,
  default: 1,
  label: "seed",
  help: "Seeds data, initialisation and sampling: the same seed gives the same run."
};

const __vite_glob_1_36 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	defaultsOf,
	defineParams,
	seedField
}, Symbol.toStringTag, { value: 'Module' }));

const params$F = defineParams({
  samples: {
    kind: "int",
    min: 1,
    max: 64,
    default: 4,
    scale: "log",
    label: "rated samples per prompt",
    help: "How many outputs of the pretrained model were rated for each training prompt."
  },
  labelNoise: {
    kind: "number",
    min: 0,
    max: 0.5,
    default: 0,
    step: 0.01,
    label: "rating noise",
    help: "Probability that a rating is flipped (0.5: ratings carry no information)."
  },
  negatives: {
    kind: "bool",
    default: true,
    label: "CoH keeps negatives",
    help: 'Whether Chain of Hindsight also trains on outputs rated bad (with the "Bad:" prefix). Off, it sees exactly the data SFT sees.'
  },
  lr: { kind: "number", min: 0.05, max: 2, default: 0.5, scale: "log", label: "learning rate", help: "Step size of full-batch gradient descent." },
  seed: seedField
});

const __vite_glob_1_0 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$F
}, Symbol.toStringTag, { value: 'Module' }));

const params$E = defineParams({
  tau: {
    kind: "number",
    min: 0,
    max: 2,
    default: 1,
    step: 0.05,
    label: "loss parameter τ",
    help: "Which comp-sum loss: 0 sum-exponential, 1 cross-entropy, between 1 and 2 generalised cross-entropy, 2 mean absolute error."
  },
  noise: {
    kind: "number",
    min: 0,
    max: 0.6,
    default: 0.4,
    step: 0.05,
    label: "flipped labels",
    help: "Fraction of training labels replaced by a wrong class chosen at random; the test set stays clean."
  },
  spread: {
    kind: "number",
    min: 0.2,
    max: 1.2,
    default: 0.55,
    step: 0.05,
    label: "class spread",
    help: "Standard deviation of each Gaussian class around its centre (centres sit on the unit circle): more spread, more overlap."
  },
  classes: { kind: "int", min: 2, max: 6, default: 3, label: "classes", help: "Number of Gaussian classes." },
  lr: {
    kind: "number",
    min: 3e-4,
    max: 0.3,
    default: 0.02,
    scale: "log",
    label: "learning rate",
    help: "Adam step size for the full-batch updates."
  },
  seed: seedField
});

const __vite_glob_1_1 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$E
}, Symbol.toStringTag, { value: 'Module' }));

const params$D = defineParams({
  tau: {
    kind: "number",
    min: 0.03,
    max: 1,
    default: 0.2,
    scale: "log",
    label: "temperature τ",
    help: "Divides every similarity before the softmax: small τ punishes the hardest negatives most."
  },
  loss: {
    kind: "enum",
    options: ["contrastive", "hard", "simple", "hardSimple"],
    optionLabels: ["contrastive (NT-Xent)", "hard contrastive", "simple", "hard simple"],
    default: "contrastive",
    label: "loss",
    help: "Hard keeps only the most similar negatives of each anchor; simple is the τ → ∞ limit (τ has no effect)."
  },
  hardFrac: {
    kind: "number",
    min: 0.02,
    max: 0.5,
    default: 0.1,
    step: 0.01,
    label: "hard-negative fraction",
    help: "For the hard losses: the share of each anchor’s 254 in-batch negatives that is kept (the paper keeps about 8%)."
  },
  dim: {
    kind: "enum",
    options: ["3", "8", "16"],
    optionLabels: ["3 (sphere)", "8", "16"],
    default: "8",
    label: "embedding dimension m",
    help: "Width of the normalised embedding; m = 3 puts the points on a sphere you can rotate."
  },
  spread: {
    kind: "number",
    min: 0.2,
    max: 2,
    default: 1,
    step: 0.05,
    label: "intra-class spread",
    help: "Standard deviation of instances around their class centre (centres are standard normal in 16-d)."
  },
  aug: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.3,
    step: 0.05,
    label: "augmentation strength",
    help: "Standard deviation of the Gaussian noise that makes the two views of an instance differ."
  },
  seed: seedField
});

const __vite_glob_1_2 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$D
}, Symbol.toStringTag, { value: 'Module' }));

const params$C = defineParams({
  pairs: {
    kind: "int",
    min: 30,
    max: 3e3,
    default: 1e3,
    scale: "log",
    label: "preference pairs",
    help: "Labelled segment pairs in the offline data set."
  },
  segLen: {
    kind: "int",
    min: 1,
    max: 6,
    default: 3,
    label: "segment length",
    help: "Steps per trajectory segment."
  },
  alpha: {
    kind: "number",
    min: 0.1,
    max: 2,
    default: 0.5,
    scale: "log",
    label: "temperature α",
    help: "Entropy temperature of the max-ent optimal policy; A* = α log π*, so it sets the scale of the labels."
  },
  lambda: {
    kind: "number",
    min: 0.25,
    max: 1,
    default: 1,
    step: 0.05,
    label: "conservative λ",
    help: "Weight of the dispreferred segment’s term in the CPL loss; below 1 favours actions seen in preferred segments."
  },
  seed: seedField
});

const __vite_glob_1_3 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$C
}, Symbol.toStringTag, { value: 'Module' }));

const params$B = defineParams({
  rmNoise: {
    kind: "number",
    min: 0,
    max: 1.5,
    default: 1,
    step: 0.05,
    label: "reward-model error off-distribution",
    help: "Standard deviation of the reward model's error on generations with condition above 0.3, which it rarely saw in training."
  },
  strength: {
    kind: "number",
    min: 0,
    max: 20,
    default: 5,
    step: 0.5,
    label: "uncertainty weighting k",
    help: "Ctrl-U weights each reward loss by exp(−k·U), U the discrepancy between the losses of two generations for the same condition; 0 is plain reward fine-tuning."
  },
  lr: { kind: "number", min: 0.01, max: 1, default: 0.1, scale: "log", label: "learning rate", help: "Step size of the generator on the reward loss." },
  seed: seedField
});

const __vite_glob_1_4 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$B
}, Symbol.toStringTag, { value: 'Module' }));

const params$A = defineParams({
  width: { kind: "int", min: 4, max: 128, default: 32, scale: "log", label: "width n", help: "Neurons in every hidden layer." },
  depth: { kind: "int", min: 1, max: 40, default: 10, label: "depth L", help: "Number of layers; the figure tracks the preactivations of every layer." },
  act: {
    kind: "enum",
    options: ["relu", "tanh", "linear"],
    optionLabels: ["ReLU", "tanh", "linear"],
    default: "relu",
    label: "activation",
    help: "Nonlinearity between layers: ReLU is critical at C_W = 2, tanh and linear at C_W = 1."
  },
  cw: {
    kind: "number",
    min: 0.5,
    max: 3,
    default: 2,
    step: 0.05,
    label: "weight variance C_W",
    help: "Weights are drawn with variance C_W / fan-in; criticality keeps the kernel from exploding or vanishing with depth."
  },
  cb: { kind: "number", min: 0, max: 0.5, default: 0, step: 0.01, label: "bias variance C_b", help: "Variance of the biases." },
  seed: seedField
});

const __vite_glob_1_5 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$A
}, Symbol.toStringTag, { value: 'Module' }));

const params$z = defineParams({
  intrans: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: "intransitivity λ",
    help: "Weight of the rock–paper–scissors cycle in the oracle’s preferences: 0 is a pure Bradley–Terry model."
  },
  eta: {
    kind: "number",
    min: 0.5,
    max: 20,
    default: 3,
    scale: "log",
    label: "η (inverse step)",
    help: "Scale of the implicit reward η·log(π/π_t) in Eq. (2): larger η means smaller steps per round."
  },
  prompts: {
    kind: "int",
    min: 10,
    max: 500,
    default: 100,
    scale: "log",
    label: "prompts per round",
    help: "Each round samples 4 responses per prompt from the current policy, adds one from the teacher, and lets the oracle compare all of them."
  },
  margin: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.25,
    label: "margin filter",
    help: "Keep a prompt’s best-versus-worst pair only if their win fractions within the batch differ by at least this much."
  },
  seed: seedField
});

const __vite_glob_1_6 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$z
}, Symbol.toStringTag, { value: 'Module' }));

const params$y = defineParams({
  eta: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.2,
    step: 0.05,
    label: "feedback strength η",
    help: "How much of the accumulated compression error EControl feeds back each round; η = 0 is EF21."
  },
  k: { kind: "int", min: 1, max: 20, default: 2, label: "TopK coordinates sent", help: "Coordinates each worker sends per round, out of d = 20." },
  spread: {
    kind: "number",
    min: 0,
    max: 5,
    default: 3,
    step: 0.1,
    label: "heterogeneity ζ",
    help: "Spread of the workers’ own minimisers: at 0 every worker’s gradient vanishes at the same point."
  },
  sigma: {
    kind: "number",
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    label: "gradient noise σ",
    help: "Standard deviation of the noise added to every coordinate of each worker’s stochastic gradient."
  },
  lr: {
    kind: "number",
    min: 1e-3,
    max: 0.2,
    default: 0.02,
    scale: "log",
    label: "step size γ",
    help: "The same step for every method."
  },
  seed: seedField
});

const __vite_glob_1_7 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$y
}, Symbol.toStringTag, { value: 'Module' }));

const params$x = defineParams({
  k: {
    kind: "int",
    min: 1,
    max: 20,
    default: 2,
    label: "TopK coordinates sent",
    help: "Each worker sends only its k largest-magnitude coordinates per round (out of d = 20)."
  },
  lRatio: {
    kind: "number",
    min: 1,
    max: 1e3,
    default: 100,
    scale: "log",
    label: "smoothness spread L_max/L_min",
    help: "Ratio of the largest to the smallest worker smoothness constant L_i; most workers sit near L_min, a few are much stiffer."
  },
  workers: { kind: "int", min: 2, max: 20, default: 10, label: "workers n", help: "Number of workers, each holding its own quadratic f_i." },
  spread: {
    kind: "number",
    min: 0,
    max: 3,
    default: 1,
    step: 0.1,
    label: "data heterogeneity",
    help: "Spread of the workers’ individual minimisers: at 0 every worker wants the same point."
  },
  seed: seedField
});

const __vite_glob_1_8 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$x
}, Symbol.toStringTag, { value: 'Module' }));

const params$w = defineParams({
  beta: {
    kind: "number",
    min: 0.2,
    max: 5,
    default: 0.7,
    scale: "log",
    label: "target temperature β",
    help: "The target is p(x) ∝ a(x)·exp(r(x)/β): small β sharpens it onto the two high-reward regions."
  },
  second: {
    kind: "number",
    min: 0,
    max: 1.3,
    default: 1,
    step: 0.05,
    label: "second mode’s reward",
    help: "Peak reward of the second good region relative to the first; 0 leaves a single mode."
  },
  samples: {
    kind: "int",
    min: 4,
    max: 256,
    default: 32,
    scale: "log",
    label: "samples per step",
    help: "Sequences sampled from the policy for each f-DPG gradient estimate."
  },
  lr: {
    kind: "number",
    min: 3e-3,
    max: 0.3,
    default: 0.05,
    scale: "log",
    label: "learning rate",
    help: "Adam step size on the policy’s two parameters."
  },
  seed: seedField
});

const __vite_glob_1_9 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$w
}, Symbol.toStringTag, { value: 'Module' }));

const params$v = defineParams({
  length: { kind: "int", min: 2, max: 24, default: 20, label: "answer length", help: "Tokens per generated answer." },
  segment: {
    kind: "int",
    min: 1,
    max: 24,
    default: 2,
    label: "segment length",
    help: "Tokens per segment: the fine-grained reward models pay out at the end of every segment. At the answer length it is one holistic reward."
  },
  wFalse: { kind: "number", min: 0, max: 2, default: 1, step: 0.05, label: "weight: false", help: "Penalty per false token (the factuality reward model)." },
  wIrr: { kind: "number", min: 0, max: 2, default: 1, step: 0.05, label: "weight: irrelevant", help: "Penalty per irrelevant token (the relevance reward model)." },
  wComp: {
    kind: "number",
    min: 0,
    max: 2,
    default: 0.5,
    step: 0.05,
    label: "weight: completeness",
    help: "Reward per correct, relevant token, paid once at the end (the information-completeness reward model)."
  },
  lambda: {
    kind: "number",
    min: 0.5,
    max: 1,
    default: 0.9,
    step: 0.01,
    label: "GAE λ",
    help: "How far back a reward is credited: an advantage at token t sums later rewards discounted by λ per token, as in PPO with generalised advantage estimation."
  },
  lr: { kind: "number", min: 0.02, max: 2, default: 0.2, scale: "log", label: "learning rate", help: "Step size of the policy gradient on the logits." },
  seed: seedField
});

const __vite_glob_1_10 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$v
}, Symbol.toStringTag, { value: 'Module' }));

const params$u = defineParams({
  overlap: {
    kind: "number",
    min: 0,
    max: 0.99,
    default: 0.8,
    step: 0.01,
    label: "overlap cos(g_w, g_l)",
    help: "Cosine between the gradients of the chosen and rejected log-probabilities at the start: how much the two responses share."
  },
  ratio: {
    kind: "number",
    min: 0.4,
    max: 2.5,
    default: 1.5,
    step: 0.05,
    label: "norm ratio ‖g_l‖/‖g_w‖",
    help: "How much larger the rejected response's gradient is than the chosen one's (e.g. a longer rejected answer)."
  },
  loss: {
    kind: "enum",
    options: ["dpo", "normed"],
    optionLabels: ["DPO (margin loss)", "DPO with normalised gradients"],
    default: "dpo",
    label: "update",
    help: "Plain DPO steps along g_w − g_l; the normalised variant steps along g_w/‖g_w‖ − g_l/‖g_l‖."
  },
  nll: {
    kind: "number",
    min: 0,
    max: 2,
    default: 0,
    step: 0.05,
    label: "chosen-NLL weight",
    help: "Adds this multiple of the chosen response's log-likelihood gradient to every step (an SFT term on y_w)."
  },
  beta: {
    kind: "number",
    min: 0.05,
    max: 2,
    default: 0.5,
    scale: "log",
    label: "β",
    help: "DPO temperature: the margin is multiplied by β inside the sigmoid."
  },
  lr: { kind: "number", min: 0.01, max: 1, default: 0.3, scale: "log", label: "learning rate", help: "Step size of gradient descent on θ." },
  responses: {
    kind: "int",
    min: 4,
    max: 16,
    default: 8,
    label: "responses",
    help: "Size of the toy response set: the chosen, the rejected and this many minus two others that share the probability mass."
  },
  seed: seedField
});

const __vite_glob_1_11 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$u
}, Symbol.toStringTag, { value: 'Module' }));

const params$t = defineParams({
  /** Decoupled weight decay λ of AdamW (W ← W − lr·λ·W each step). */
  wd: {
    kind: "number",
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    label: "weight decay",
    help: "Decoupled (AdamW) weight decay: each step shrinks every weight by lr × this."
  },
  /** Fraction of the p² pairs used for training. */
  frac: {
    kind: "number",
    min: 0.3,
    max: 0.8,
    default: 0.5,
    step: 0.05,
    label: "training fraction",
    help: "Share of all p² pairs (a, b) the network trains on; the rest is the test set."
  },
  /** The modulus. */
  p: {
    kind: "enum",
    options: ["23", "31", "47"],
    default: "31",
    label: "modulus p",
    help: "The network learns (a + b) mod p for every pair of residues."
  },
  /** Hidden activation. */
  act: {
    kind: "enum",
    options: ["square", "relu"],
    optionLabels: ["square, h²", "ReLU"],
    default: "square",
    label: "activation",
    help: "The hidden nonlinearity: the square (which multiplies the two inputs’ Fourier features) or ReLU."
  },
  /** Hidden width. */
  width: {
    kind: "int",
    min: 32,
    max: 256,
    default: 128,
    scale: "log",
    label: "hidden units",
    help: "Width of the hidden layer."
  },
  seed: seedField
});

const __vite_glob_1_12 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$t
}, Symbol.toStringTag, { value: 'Module' }));

const params$s = defineParams({
  /** Output scale α: large α = lazy (weights barely move), small α = rich (features learn). */
  alpha: {
    kind: "number",
    min: 0.1,
    max: 10,
    default: 1,
    scale: "log",
    label: "output scale α",
    help: "Multiplies the network output; the step size is scaled by 1/α² so the function moves at the same speed. Large α is lazy, small α is rich."
  },
  /** ε: weight of the quadratic part of φ(h) = h + (ε/2)h², i.e. how much of the target the initial kernel already sees. */
  eps: {
    kind: "number",
    min: 0.02,
    max: 1,
    default: 0.05,
    scale: "log",
    label: "nonlinearity ε",
    help: "Strength of the quadratic part of the activation φ(h) = h + (ε/2)h²: how well the initial kernel is aligned with the target."
  },
  /** P: number of training points. */
  P: {
    kind: "int",
    min: 80,
    max: 400,
    default: 200,
    label: "training points P",
    help: "How many Gaussian inputs the network is trained on (the test set has 1000)."
  },
  /** N: hidden width. */
  N: {
    kind: "int",
    min: 16,
    max: 128,
    default: 64,
    label: "hidden units N",
    help: "Width of the hidden layer; the output is α times the mean over units."
  },
  /** Train the linearised network alongside. */
  twin: {
    kind: "bool",
    default: false,
    label: "lazy twin",
    help: "Also train the linearised (“lazy”, kernel-regime) network from the same start and plot its test loss."
  },
  seed: seedField
});

const __vite_glob_1_13 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$s
}, Symbol.toStringTag, { value: 'Module' }));

const params$r = defineParams({
  tau: {
    kind: "number",
    min: 0.01,
    max: 10,
    default: 0.2,
    scale: "log",
    label: "temperature τ",
    help: "The softmax temperature: the relative penalty of a negative grows as e^(s/τ)."
  },
  n: {
    kind: "int",
    min: 16,
    max: 4096,
    default: 4096,
    scale: "log",
    label: "negatives n",
    help: "How many negative similarities are drawn uniformly from [−1, 1]."
  },
  seed: seedField
});

const __vite_glob_1_14 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$r
}, Symbol.toStringTag, { value: 'Module' }));

const params$q = defineParams({
  q: {
    kind: "number",
    min: 5e-3,
    max: 0.5,
    default: 0.25,
    scale: "log",
    label: "frequency of the anchor’s semantics q",
    help: "Share of the negatives that share the anchor’s semantics (frequent semantics: large q)."
  },
  rho: {
    kind: "number",
    min: 0.05,
    max: 4,
    default: 0.1,
    scale: "log",
    label: "robustness radius ρ",
    help: "How far (in KL divergence) the worst-case weighting of negatives may move from uniform."
  },
  seed: seedField
});

const __vite_glob_1_15 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$q
}, Symbol.toStringTag, { value: 'Module' }));

const params$p = defineParams({
  intrans: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: "intransitivity λ",
    help: "Weight of the rock–paper–scissors cycle in the preferences: 0 is a pure Bradley–Terry model, 1 a pure cycle."
  },
  eta: {
    kind: "number",
    min: 0.05,
    max: 2,
    default: 0.5,
    scale: "log",
    label: "step size η",
    help: "Mirror-descent step size: how far one iteration may move the policy (ητ is capped at 1)."
  },
  tau: {
    kind: "number",
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: "log",
    label: "KL weight τ",
    help: "Strength of the KL penalty towards the reference policy (uniform here)."
  },
  pairs: {
    kind: "int",
    min: 0,
    max: 2e3,
    default: 200,
    label: "pairs per iteration",
    help: "Preference pairs sampled from the current policy each iteration; 0 uses exact win rates (Eq. 1) instead."
  },
  seed: seedField
});

const __vite_glob_1_16 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$p
}, Symbol.toStringTag, { value: 'Module' }));

const params$o = defineParams({
  tasks: {
    kind: "int",
    min: 2,
    max: 6,
    default: 4,
    label: "tasks (specialist sources)",
    help: "Number of tasks; each has one specialist source that is excellent on it and applies its own rule everywhere else."
  },
  topK: { kind: "int", min: 1, max: 4, default: 1, label: "top-k", help: "How many sources the selector keeps for each input." },
  balance: {
    kind: "number",
    min: 0,
    max: 2,
    default: 0.5,
    step: 0.05,
    label: "feedback-loss weight λ",
    help: "Weight of the load-balancing feedback term of the selector with feedback (the other selector always has λ = 0)."
  },
  generalist: {
    kind: "number",
    min: 0.5,
    max: 0.9,
    default: 0.72,
    step: 0.01,
    label: "generalist accuracy",
    help: "Accuracy of the one source that is mediocre on every task; it is the best single source on average."
  },
  lr: { kind: "number", min: 0.05, max: 5, default: 1, scale: "log", label: "learning rate", help: "Step size of the selectors and the students." },
  seed: seedField
});

const __vite_glob_1_17 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$o
}, Symbol.toStringTag, { value: 'Module' }));

const params$n = defineParams({
  alpha: {
    kind: "number",
    min: 0.1,
    max: 4,
    default: 1,
    step: 0.05,
    label: "samples per parameter α = N/P",
    help: "Training examples N divided by parameters P = 100; α = 1 is where they are equal."
  },
  snr: {
    kind: "number",
    min: 0.1,
    max: 1e3,
    default: 5,
    scale: "log",
    label: "signal-to-noise ratio",
    help: "Variance of the teacher’s output divided by the variance of the label noise."
  },
  init: {
    kind: "number",
    min: 0,
    max: 2,
    default: 0,
    step: 0.05,
    label: "initial weight scale σ₀",
    help: "Standard deviation of the student’s initial weights; the part in the frozen subspace never changes."
  },
  wd: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0,
    step: 0.01,
    label: "weight decay γ",
    help: "L2 penalty added to gradient descent; it also shrinks the frozen subspace towards zero."
  },
  seed: seedField
});

const __vite_glob_1_18 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$n
}, Symbol.toStringTag, { value: 'Module' }));

const params$m = defineParams({
  lambda: {
    kind: "number",
    min: 0.25,
    max: 3,
    default: 1,
    scale: "log",
    label: "weight decay λ",
    help: "Lion’s decoupled weight decay: the predicted constraint is ‖x‖∞ ≤ 1/λ (‖x‖₂ ≤ 1/λ for the ℓ₂ variant)."
  },
  lr: { kind: "number", min: 1e-3, max: 0.1, default: 0.01, scale: "log", label: "learning rate ε", help: "Step size of every method." },
  beta1: { kind: "number", min: 0, max: 0.99, default: 0.9, step: 0.01, label: "β₁", help: "Interpolation weight of the momentum inside sign(·)." },
  beta2: { kind: "number", min: 0.5, max: 0.999, default: 0.99, step: 1e-3, label: "β₂", help: "Decay of Lion’s momentum buffer." },
  kappa: {
    kind: "enum",
    options: ["sign", "l2"],
    optionLabels: ["sign (Lion)", "ℓ₂-normalised (Lion-κ)"],
    default: "sign",
    label: "update map ∇κ",
    help: "sign(·) is Lion (κ = ℓ₁ norm, box constraint); c/‖c‖ is the Lion-κ variant with κ = ℓ₂ norm (ball constraint)."
  },
  cx: { kind: "number", min: -3, max: 3, default: 2.2, step: 0.1, label: "minimum of f, x", help: "Horizontal position of the unconstrained minimiser of f." },
  cy: { kind: "number", min: -3, max: 3, default: 1.2, step: 0.1, label: "minimum of f, y", help: "Vertical position of the unconstrained minimiser of f." },
  seed: seedField
});

const __vite_glob_1_19 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$m
}, Symbol.toStringTag, { value: 'Module' }));

const params$l = defineParams({
  L: {
    kind: "number",
    min: 0.1,
    max: 25,
    default: 1.2,
    scale: "log",
    label: "highlighted bound L",
    help: "The Lipschitz bound whose closed-loop trajectories are drawn; the sweep covers all bounds."
  },
  eps: {
    kind: "number",
    min: 0,
    max: 0.5,
    default: 0.15,
    step: 0.01,
    label: "attack size ε",
    help: "Largest perturbation the attacker may add to each state measurement (0: no attack)."
  },
  N: { kind: "int", min: 5, max: 500, default: 40, scale: "log", label: "demonstrations N", help: "State–input pairs recorded from the expert." },
  noise: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.3,
    step: 0.01,
    label: "demonstration noise",
    help: "Standard deviation of the noise on each recorded expert input."
  },
  seeds: { kind: "int", min: 1, max: 32, default: 12, label: "data sets", help: "Independent demonstration sets averaged; the band is ± one standard error." },
  seed: seedField
});

const __vite_glob_1_20 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$l
}, Symbol.toStringTag, { value: 'Module' }));

const params$k = defineParams({
  scenario: {
    kind: "enum",
    options: ["iid", "trend", "alternating"],
    optionLabels: ["i.i.d. losses", "trending losses", "alternating (regrettable) losses"],
    default: "alternating",
    label: "loss sequence",
    help: "Where the losses come from; the alternating sequence is built to punish whoever follows the leader."
  },
  actions: { kind: "int", min: 2, max: 5, default: 2, label: "actions", help: "Number of actions the agent chooses from." },
  T: { kind: "int", min: 100, max: 2e4, default: 4e3, scale: "log", label: "rounds T", help: "Length of the interaction." },
  noise: {
    kind: "number",
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    label: "perturbation c",
    help: "The perturbed leader adds Gumbel noise of scale c·√t to cumulative losses; c = 0 is plain follow-the-leader."
  },
  seeds: { kind: "int", min: 2, max: 32, default: 16, label: "seeds", help: "Independent runs averaged; the band is ± one standard error." },
  seed: seedField
});

const __vite_glob_1_21 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$k
}, Symbol.toStringTag, { value: 'Module' }));

const params$j = defineParams({
  sigma: {
    kind: "number",
    min: 0,
    max: 1.5,
    default: 0.8,
    step: 0.05,
    label: "volatility σ",
    help: "Noise of dX = −X dt + σ dW; at σ = 0 the state moves deterministically and has no quadratic variation."
  },
  paths: { kind: "int", min: 10, max: 400, default: 60, scale: "log", label: "paths", help: "Sampled trajectories, each 10 time units long." },
  dtMin: {
    kind: "number",
    min: 5e-4,
    max: 0.05,
    default: 2e-3,
    scale: "log",
    label: "finest mesh dt",
    help: "The sweep refines the time step from 0.5 down to this value."
  },
  seed: seedField
});

const __vite_glob_1_22 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$j
}, Symbol.toStringTag, { value: 'Module' }));

const params$i = defineParams({
  slope: {
    kind: "number",
    min: 0,
    max: 5,
    default: 1.5,
    step: 0.05,
    label: "generalisation gap θ",
    help: "Performance lost per unit of context distance when a policy is deployed away from its training context."
  },
  lengthscale: {
    kind: "number",
    min: 0.03,
    max: 0.5,
    default: 0.12,
    scale: "log",
    label: "GP lengthscale",
    help: "How quickly the training performance (set point) varies across contexts; the GP prior uses the same value."
  },
  budget: { kind: "int", min: 3, max: 30, default: 15, label: "training budget k", help: "Number of contexts a policy is trained on, one after another." },
  beta: {
    kind: "number",
    min: 0,
    max: 4,
    default: 2,
    step: 0.1,
    label: "UCB optimism",
    help: "Set points are scored at mean + this many posterior standard deviations (0: trust the GP mean)."
  },
  seeds: { kind: "int", min: 2, max: 48, default: 24, label: "task families", help: "Independent families averaged; the band is ± one standard error." },
  seed: seedField
});

const __vite_glob_1_23 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$i
}, Symbol.toStringTag, { value: 'Module' }));

const params$h = defineParams({
  rollouts: { kind: "int", min: 2, max: 32, default: 10, label: "students per update", help: "Architectures sampled and evaluated for every policy-gradient step." },
  iters: { kind: "int", min: 5, max: 60, default: 25, label: "updates per stage", help: "Policy-gradient steps for layer removal, then as many for layer shrinkage." },
  lr: { kind: "number", min: 0.01, max: 2, default: 0.5, scale: "log", label: "policy learning rate", help: "Step size of REINFORCE on the policy logits." },
  accWeight: {
    kind: "number",
    min: 0.5,
    max: 4,
    default: 1,
    step: 0.1,
    label: "accuracy exponent",
    help: "Reward = C(2 − C)·(A_student/A_teacher)^this; 1 is the paper’s reward, larger values protect accuracy more."
  },
  seed: seedField
});

const __vite_glob_1_24 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$h
}, Symbol.toStringTag, { value: 'Module' }));

const params$g = defineParams({
  intrans: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: "intransitivity λ",
    help: "Weight of the rock–paper–scissors cycle in the preferences: 0 is a pure Bradley–Terry model, 1 a pure cycle."
  },
  tau: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.1,
    step: 0.01,
    label: "regularisation τ",
    help: "KL weight towards the reference policy μ (uniform); 0 turns Nash-MD into plain self-play."
  },
  eta: {
    kind: "number",
    min: 0.05,
    max: 2,
    default: 0.3,
    scale: "log",
    label: "learning rate η",
    help: "Step size of every mirror-descent update in the figure (ητ is capped at 1)."
  },
  seed: seedField
});

const __vite_glob_1_25 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$g
}, Symbol.toStringTag, { value: 'Module' }));

const params$f = defineParams({
  beta: {
    kind: "number",
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: "log",
    label: "regularisation β",
    help: "KL weight towards the reference policy; it makes the game strongly monotone and sets the abstract’s rate (1+2β)^(−N/2)."
  },
  eta: {
    kind: "number",
    min: 0.1,
    max: 20,
    default: 5,
    scale: "log",
    label: "step size η",
    help: "Step size of every proximal step, the same for all three methods (Nash-MD caps ηβ at 1)."
  },
  k: {
    kind: "int",
    min: 3,
    max: 30,
    default: 3,
    label: "responses K",
    help: "Number of responses; the preferences mix a Bradley–Terry ranking with a cycle over all of them."
  },
  intrans: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: "intransitivity λ",
    help: "Weight of the cyclic part of the preferences."
  },
  seed: seedField
});

const __vite_glob_1_26 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$f
}, Symbol.toStringTag, { value: 'Module' }));

const params$e = defineParams({
  gap: {
    kind: "number",
    min: 0,
    max: 8,
    default: 4,
    step: 0.25,
    label: "data–noise distance",
    help: "Distance between the data mean μ* and the noise mean (the noise q = N(0, s²) stays at 0)."
  },
  noiseSd: {
    kind: "number",
    min: 0.5,
    max: 4,
    default: 1,
    step: 0.05,
    label: "noise spread s",
    help: "Standard deviation of the noise distribution q used by both methods."
  },
  mu0: { kind: "number", min: -4, max: 10, default: 0, step: 0.25, label: "initial μ₀", help: "Where both methods start the mean." },
  grad: {
    kind: "enum",
    options: ["exact", "sampled"],
    optionLabels: ["exact expectations", "sampled batches"],
    default: "exact",
    label: "gradients",
    help: "Exact: both objectives’ expectations computed by quadrature (the landscape alone). Sampled: stochastic batches, where the inner estimate of Z adds variance."
  },
  batch: { kind: "int", min: 4, max: 256, default: 32, scale: "log", label: "batch size", help: "Sampled mode: data samples and noise samples per step." },
  beta: {
    kind: "number",
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: "log",
    label: "moving-average rate β",
    help: "Sampled mode, compositional method: u ← (1 − β)u + β·(batch estimate of the partition function Z)."
  },
  lr: { kind: "number", min: 0.01, max: 1, default: 0.1, scale: "log", label: "learning rate", help: "Step size of both methods." },
  seed: seedField
});

const __vite_glob_1_27 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$e
}, Symbol.toStringTag, { value: 'Module' }));

const params$d = defineParams({
  gamma: {
    kind: "number",
    min: 1,
    max: 3e3,
    default: 30,
    scale: "log",
    label: "IGW greediness γ₀",
    help: "Inverse-gap weighting uses γ_t = γ₀·√t: small γ explores a lot, very large γ is nearly greedy."
  },
  base: {
    kind: "number",
    min: 0,
    max: 0.45,
    default: 0,
    step: 0.01,
    label: "loss floor ℓ₀",
    help: "Every action’s expected loss is at least ℓ₀, so the best policy’s cumulative loss L* is about ℓ₀·T or more."
  },
  perturb: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.1,
    step: 0.01,
    label: "perturbation ρ",
    help: "Scale of the fixed random perturbation added to the network’s predictions (0 switches it off)."
  },
  noise: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.05,
    label: "outcome noise",
    help: "Share of Bernoulli noise in each observed loss: 0 shows the expected loss, 1 a 0/1 outcome."
  },
  T: { kind: "int", min: 500, max: 1e4, default: 2e3, scale: "log", label: "rounds T", help: "Length of the run." },
  seeds: { kind: "int", min: 2, max: 16, default: 6, label: "seeds", help: "Independent runs averaged; the band is ± one standard error." },
  seed: seedField
});

const __vite_glob_1_28 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$d
}, Symbol.toStringTag, { value: 'Module' }));

const params$c = defineParams({
  group: {
    kind: "int",
    min: 2,
    max: 32,
    default: 8,
    label: "answers per question",
    help: "How many answers the current policy samples for each question in every round (the group)."
  },
  difficulty: {
    kind: "number",
    min: -2,
    max: 2,
    default: 0,
    step: 0.1,
    label: "difficulty",
    help: "Shifts the starting logit of every correct answer down (harder) or up (easier)."
  },
  epochs: {
    kind: "int",
    min: 1,
    max: 8,
    default: 1,
    label: "updates per batch",
    help: "1 is strictly on-policy; more re-uses each batch of answers, so the policy drifts away from the one that sampled them."
  },
  weighting: {
    kind: "enum",
    options: ["grpo", "none"],
    optionLabels: ["ω = 1 − r_q (matches GRPO)", "none (ω = 1, the plain loss)"],
    default: "none",
    label: "NFT question weight",
    help: "Per-question weight on the NFT loss; 1 − r_q makes its on-policy gradient equal to the group-relative policy gradient."
  },
  lr: { kind: "number", min: 0.05, max: 5, default: 1, scale: "log", label: "learning rate", help: "Step size on the logits, the same for all three methods." },
  seed: seedField
});

const __vite_glob_1_29 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$c
}, Symbol.toStringTag, { value: 'Module' }));

const params$b = defineParams({
  sigma: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0,
    step: 0.05,
    label: "gradient noise σ",
    help: "Standard deviation of the i.i.d. noise on every observed gradient: the stochastic part σ² of the SEA model."
  },
  T: { kind: "int", min: 1e3, max: 1e5, default: 3e4, scale: "log", label: "rounds T", help: "Length of the run." },
  seeds: { kind: "int", min: 2, max: 32, default: 12, label: "seeds", help: "Independent runs averaged; the band is ± one standard error." },
  seed: seedField
});

const __vite_glob_1_30 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$b
}, Symbol.toStringTag, { value: 'Module' }));

const params$a = defineParams({
  shift: {
    kind: "number",
    min: 0,
    max: 10,
    default: 4,
    step: 0.5,
    label: "reward shift δ",
    help: "The shifted runs add δ·(prompt number) to every reward of that prompt: same preferences, different scale."
  },
  klCoef: {
    kind: "number",
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: "log",
    label: "KL coefficient",
    help: "Weight of the per-sample penalty log(π/π_ref) subtracted from the reward."
  },
  clip: {
    kind: "number",
    min: 0.05,
    max: 0.5,
    default: 0.2,
    step: 0.05,
    label: "clip ε",
    help: "Importance ratios outside [1−ε, 1+ε] stop contributing gradient (PPO’s proximal clipping)."
  },
  batch: {
    kind: "int",
    min: 4,
    max: 64,
    default: 8,
    step: 2,
    label: "samples per prompt",
    help: "Responses sampled per prompt and iteration (P3O pairs them up)."
  },
  lr: {
    kind: "number",
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: "log",
    label: "learning rate",
    help: "Gradient-ascent step on the policy logits."
  },
  seed: seedField
});

const __vite_glob_1_31 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$a
}, Symbol.toStringTag, { value: 'Module' }));

const params$9 = defineParams({
  episodes: {
    kind: "int",
    min: 1e3,
    max: 5e4,
    default: 1e4,
    scale: "log",
    label: "episodes K",
    help: "Episodes played against the adversary; both regularisers are tuned for this horizon."
  },
  actions: { kind: "int", min: 3, max: 12, default: 8, label: "actions", help: "Number of actions in the state." },
  features: {
    kind: "enum",
    options: ["linear", "tabular"],
    optionLabels: ["shared linear features (d = 4)", "one-hot (tabular)"],
    default: "linear",
    label: "features",
    help: "Shared features make the estimates Σ⁻¹φℓ able to go far below zero; one-hot features keep them ≥ 0."
  },
  explore: {
    kind: "number",
    min: 0,
    max: 3,
    default: 1,
    step: 0.1,
    label: "exploration (× K^−1/3)",
    help: "Uniform exploration mixed into exponential weights, γ = c·K^(−1/3); the log-barrier learner uses none."
  },
  seeds: { kind: "int", min: 2, max: 24, default: 12, label: "seeds", help: "Independent runs averaged; the band is ± one standard error." },
  seed: seedField
});

const __vite_glob_1_32 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$9
}, Symbol.toStringTag, { value: 'Module' }));

const params$8 = defineParams({
  labels: {
    kind: "enum",
    options: ["regret", "partial"],
    optionLabels: ["regret", "partial return"],
    default: "regret",
    label: "labels generated by",
    help: "Which model of the person produces the preference labels from the true reward."
  },
  pairs: {
    kind: "int",
    min: 30,
    max: 2e3,
    default: 300,
    scale: "log",
    label: "preference pairs",
    help: "Number of labelled segment pairs both reward learners see."
  },
  segLen: {
    kind: "int",
    min: 1,
    max: 6,
    default: 3,
    label: "segment length",
    help: "Steps per trajectory segment."
  },
  temp: {
    kind: "number",
    min: 0.1,
    max: 5,
    default: 1,
    scale: "log",
    label: "label noise",
    help: "Temperature of the logistic choice: larger means noisier, less decisive labels."
  },
  seed: seedField
});

const __vite_glob_1_33 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$8
}, Symbol.toStringTag, { value: 'Module' }));

const params$7 = defineParams({
  gullibility: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.8,
    step: 0.05,
    label: "gullibility g",
    help: "How far the customer believes an unverified claim before buying: 0 ignores it, 1 takes it at face value."
  },
  simNoise: {
    kind: "number",
    min: 0,
    max: 1,
    default: 0.2,
    step: 0.05,
    label: "hindsight simulation noise",
    help: "Standard deviation of the error in the simulated outcome the hindsight rater sees."
  },
  batch: { kind: "int", min: 4, max: 128, default: 32, scale: "log", label: "conversations per step", help: "Rated conversations per policy-gradient step." },
  lr: { kind: "number", min: 0.05, max: 5, default: 1, scale: "log", label: "learning rate", help: "Step size of REINFORCE on the policy logits." },
  seed: seedField
});

const __vite_glob_1_34 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$7
}, Symbol.toStringTag, { value: 'Module' }));

const params$6 = defineParams({
  eps: {
    kind: "number",
    min: 0,
    max: 0.45,
    default: 0.3,
    step: 0.05,
    label: "flip rate ε",
    help: "Probability that a preference label is swapped; rDPO and conservative DPO are told this rate."
  },
  pairs: {
    kind: "int",
    min: 100,
    max: 5e3,
    default: 1e3,
    scale: "log",
    label: "preference pairs n",
    help: "Size of the (noisy) preference data set."
  },
  beta: {
    kind: "number",
    min: 0.2,
    max: 2,
    default: 1,
    scale: "log",
    label: "β",
    help: "DPO’s inverse temperature: the labels follow σ(β·(r*(y_w) − r*(y_l))) before flipping."
  },
  seed: seedField
});

const __vite_glob_1_35 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$6
}, Symbol.toStringTag, { value: 'Module' }));

const params$5 = defineParams({
  n: {
    kind: "int",
    min: 16,
    max: 1024,
    default: 64,
    scale: "log",
    label: "training samples n",
    help: "Triples (x₀, t, ε) in the fixed training set: each is one noisy regression label −ε/σ_t."
  },
  width: { kind: "int", min: 16, max: 512, default: 128, scale: "log", label: "width m", help: "Hidden ReLU units of the two-layer score network." },
  lr: { kind: "number", min: 0.01, max: 2, default: 0.5, scale: "log", label: "learning rate", help: "Step size of full-batch gradient descent." },
  sep: {
    kind: "number",
    min: 0.5,
    max: 3,
    default: 2,
    step: 0.1,
    label: "mode separation",
    help: "The data are an equal mixture of N(−a, 0.5²) and N(a, 0.5²); this is a."
  },
  seed: seedField
});

const __vite_glob_1_37 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$5
}, Symbol.toStringTag, { value: 'Module' }));

const params$4 = defineParams({
  pairs: {
    kind: "int",
    min: 10,
    max: 2e3,
    default: 40,
    scale: "log",
    label: "preference pairs",
    help: "Human-labelled pairs both runs train on."
  },
  labelNoise: {
    kind: "number",
    min: 0,
    max: 0.4,
    default: 0.15,
    step: 0.01,
    label: "label noise",
    help: "Probability that an annotator's label is flipped."
  },
  weight: {
    kind: "number",
    min: 0,
    max: 4,
    default: 1,
    step: 0.05,
    label: "SPO weight λ",
    help: "Weight of the self-supervised preference-degree loss added to DPO in the SPO run (Eq. 1)."
  },
  levels: {
    kind: "int",
    min: 2,
    max: 4,
    default: 3,
    label: "removal levels",
    help: "How many degrees of corruption the degree classifier tells apart: remove 1, 2, … key units."
  },
  beta: { kind: "number", min: 0.05, max: 2, default: 0.5, scale: "log", label: "β", help: "DPO temperature." },
  seed: seedField
});

const __vite_glob_1_38 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$4
}, Symbol.toStringTag, { value: 'Module' }));

const params$3 = defineParams({
  /** Which world: real MNIST digits (14×14) or the synthetic rotated-clusters analogue. */
  data: {
    kind: "enum",
    options: ["digits", "clusters"],
    optionLabels: ["rotated digits (MNIST)", "rotated clusters (synthetic)"],
    default: "digits",
    label: "data",
    help: "Real 14×14 MNIST digits, or 32-d Gaussian clusters: every task is the same data rotated further."
  },
  /** Training method across tasks. */
  method: {
    kind: "enum",
    options: ["joint", "er", "finetune"],
    optionLabels: ["incremental joint", "experience replay", "fine-tune"],
    default: "joint",
    label: "method",
    help: "Joint trains on all data seen so far; replay mixes in a small memory of old tasks; fine-tune sees only the new task."
  },
  /** Rotation between consecutive tasks: the task dissimilarity. */
  theta: {
    kind: "number",
    min: 0,
    max: 120,
    default: 80,
    step: 5,
    unit: "°",
    label: "rotation per task θ",
    help: "Task t shows the inputs rotated by t·θ; larger θ makes consecutive tasks more different."
  },
  /** Number of tasks in the sequence. */
  tasks: {
    kind: "int",
    min: 2,
    max: 5,
    default: 3,
    label: "tasks",
    help: "How many rotated tasks are trained one after the other."
  },
  /** Training iterations spent on each task. */
  iters: {
    kind: "int",
    min: 50,
    max: 1e3,
    default: 300,
    step: 10,
    label: "iterations per task",
    help: "SGD steps on each task before switching to the next one."
  },
  /** SGD step size. */
  lr: {
    kind: "number",
    min: 1e-3,
    max: 0.5,
    default: 0.1,
    scale: "log",
    label: "learning rate",
    help: "Step size of SGD with momentum."
  },
  /** Heavy-ball momentum coefficient. */
  momentum: {
    kind: "number",
    min: 0,
    max: 0.95,
    default: 0.9,
    step: 0.05,
    label: "momentum",
    help: "Fraction of the previous update carried into the next one (0 is plain SGD)."
  },
  /** Replay memory per past task (ER only). */
  buffer: {
    kind: "int",
    min: 10,
    max: 1e3,
    default: 200,
    step: 10,
    label: "replay buffer per task",
    help: "Examples of each finished task kept for experience replay, equally many per class (ER only)."
  },
  /** How often every seen task is evaluated. */
  evalEvery: {
    kind: "enum",
    options: ["1", "10", "100", "boundary"],
    optionLabels: ["every iteration", "every 10 iterations", "every 100 iterations", "task boundaries only"],
    default: "1",
    label: "evaluate every",
    help: "Evaluation period: coarse evaluation only sees the boundaries and misses the dip in between."
  },
  seed: seedField
});

const __vite_glob_1_39 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$3
}, Symbol.toStringTag, { value: 'Module' }));

const params$2 = defineParams({
  setting: {
    kind: "enum",
    options: ["extras", "total"],
    optionLabels: ["bandit feedback + B extra observations", "B observations in total"],
    default: "extras",
    label: "feedback model",
    help: "Either the learner always sees its own loss and may make B extra observations, or it has B observations in all."
  },
  T: {
    kind: "int",
    min: 1e3,
    max: 3e4,
    default: 1e4,
    scale: "log",
    label: "horizon T",
    help: "Rounds played; the phase transition sits at a budget of about T^(2/3)."
  },
  K: { kind: "int", min: 2, max: 8, default: 4, label: "actions K", help: "Number of actions the learner chooses from." },
  seeds: {
    kind: "int",
    min: 2,
    max: 32,
    default: 16,
    label: "seeds per point",
    help: "Independent runs averaged at every budget; the band is ± one standard error."
  },
  seed: seedField
});

const __vite_glob_1_40 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$2
}, Symbol.toStringTag, { value: 'Module' }));

const params$1 = defineParams({
  m: {
    kind: "int",
    min: 1,
    max: 50,
    default: 20,
    label: "inner steps m",
    help: "Cheap parameter updates SSO takes on its surrogate per expensive gradient query; m = 1 is exactly gradient descent."
  },
  eta: {
    kind: "number",
    min: 0.5,
    max: 8,
    default: 4,
    step: 0.1,
    label: "target-space step η",
    help: "Step size in logit space; the surrogate upper-bounds the logistic loss while η ≤ 4 (the loss’s curvature is at most ¼)."
  },
  cond: {
    kind: "number",
    min: 1,
    max: 100,
    default: 30,
    scale: "log",
    label: "condition number of X",
    help: "Ratio of the largest to smallest eigenvalue of XᵀX/n: how elongated the loss valley is in parameter space."
  },
  batch: {
    kind: "int",
    min: 10,
    max: 400,
    default: 400,
    scale: "log",
    label: "batch size",
    help: "Examples per gradient query (400 = the full data set); smaller batches make both methods stochastic."
  },
  seed: seedField
});

const __vite_glob_1_41 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	params: params$1
}, Symbol.toStringTag, { value: 'Module' }));

const params = {"tau":1,"noise":0.4,"spread":0.55,"classes":3,"lr":0.02,"seed":1};
const rows = [{"step":0,"loss":null,"trainAcc":0.2233,"testAcc":0.1833,"memorised":0.3636,"cleanFit":0.1421},{"step":10,"loss":1.017,"trainAcc":0.5533,"testAcc":0.7778,"memorised":0.1636,"cleanFit":0.7789},{"step":20,"loss":0.9171,"trainAcc":0.6067,"testAcc":0.8278,"memorised":0.1455,"cleanFit":0.8737},{"step":30,"loss":0.8939,"trainAcc":0.6167,"testAcc":0.8867,"memorised":0.1091,"cleanFit":0.9105},{"step":40,"loss":0.8807,"trainAcc":0.6333,"testAcc":0.8911,"memorised":0.1273,"cleanFit":0.9263},{"step":50,"loss":0.8659,"trainAcc":0.6233,"testAcc":0.8922,"memorised":0.1182,"cleanFit":0.9158},{"step":60,"loss":0.8479,"trainAcc":0.63,"testAcc":0.8911,"memorised":0.1364,"cleanFit":0.9158},{"step":70,"loss":0.8314,"trainAcc":0.6333,"testAcc":0.8856,"memorised":0.1636,"cleanFit":0.9053},{"step":80,"loss":0.8181,"trainAcc":0.6367,"testAcc":0.8689,"memorised":0.1727,"cleanFit":0.9053},{"step":90,"loss":0.8073,"trainAcc":0.64,"testAcc":0.8711,"memorised":0.1818,"cleanFit":0.9053},{"step":100,"loss":0.7958,"trainAcc":0.6633,"testAcc":0.8689,"memorised":0.2273,"cleanFit":0.9158},{"step":110,"loss":0.7862,"trainAcc":0.66,"testAcc":0.8644,"memorised":0.2182,"cleanFit":0.9158},{"step":120,"loss":0.7758,"trainAcc":0.6533,"testAcc":0.8522,"memorised":0.2182,"cleanFit":0.9053},{"step":130,"loss":0.7659,"trainAcc":0.6633,"testAcc":0.8533,"memorised":0.2273,"cleanFit":0.9158},{"step":140,"loss":0.7528,"trainAcc":0.6567,"testAcc":0.8467,"memorised":0.2273,"cleanFit":0.9053},{"step":150,"loss":0.7393,"trainAcc":0.67,"testAcc":0.84,"memorised":0.2364,"cleanFit":0.9211},{"step":160,"loss":0.7262,"trainAcc":0.67,"testAcc":0.83,"memorised":0.2364,"cleanFit":0.9211},{"step":170,"loss":0.7141,"trainAcc":0.6767,"testAcc":0.8056,"memorised":0.2636,"cleanFit":0.9158},{"step":180,"loss":0.6984,"trainAcc":0.6833,"testAcc":0.81,"memorised":0.3,"cleanFit":0.9053},{"step":190,"loss":0.691,"trainAcc":0.69,"testAcc":0.7767,"memorised":0.3364,"cleanFit":0.8947},{"step":200,"loss":0.672,"trainAcc":0.6867,"testAcc":0.7867,"memorised":0.3455,"cleanFit":0.8842},{"step":210,"loss":0.6864,"trainAcc":0.7,"testAcc":0.7911,"memorised":0.3455,"cleanFit":0.9053},{"step":220,"loss":0.6566,"trainAcc":0.6933,"testAcc":0.7789,"memorised":0.3273,"cleanFit":0.9053},{"step":230,"loss":0.6466,"trainAcc":0.72,"testAcc":0.7711,"memorised":0.4091,"cleanFit":0.9},{"step":240,"loss":0.6365,"trainAcc":0.72,"testAcc":0.7767,"memorised":0.4091,"cleanFit":0.9},{"step":250,"loss":0.6282,"trainAcc":0.7067,"testAcc":0.7733,"memorised":0.3909,"cleanFit":0.8895},{"step":260,"loss":0.6146,"trainAcc":0.7367,"testAcc":0.73,"memorised":0.4545,"cleanFit":0.9},{"step":270,"loss":0.6165,"trainAcc":0.73,"testAcc":0.7244,"memorised":0.4727,"cleanFit":0.8789},{"step":280,"loss":0.599,"trainAcc":0.7167,"testAcc":0.7289,"memorised":0.4273,"cleanFit":0.8842},{"step":290,"loss":0.5898,"trainAcc":0.7467,"testAcc":0.7278,"memorised":0.4545,"cleanFit":0.9158},{"step":300,"loss":0.5863,"trainAcc":0.7367,"testAcc":0.7044,"memorised":0.4636,"cleanFit":0.8947},{"step":310,"loss":0.5938,"trainAcc":0.7333,"testAcc":0.7467,"memorised":0.4455,"cleanFit":0.9},{"step":320,"loss":0.6114,"trainAcc":0.7433,"testAcc":0.7256,"memorised":0.4455,"cleanFit":0.9158},{"step":330,"loss":0.5885,"trainAcc":0.75,"testAcc":0.6967,"memorised":0.4818,"cleanFit":0.9053},{"step":340,"loss":0.5583,"trainAcc":0.76,"testAcc":0.6856,"memorised":0.5455,"cleanFit":0.8842},{"step":350,"loss":0.5452,"trainAcc":0.7467,"testAcc":0.6967,"memorised":0.5091,"cleanFit":0.8842},{"step":360,"loss":0.5466,"trainAcc":0.75,"testAcc":0.7189,"memorised":0.4909,"cleanFit":0.9},{"step":370,"loss":0.5265,"trainAcc":0.7567,"testAcc":0.7,"memorised":0.4818,"cleanFit":0.9158},{"step":380,"loss":0.5189,"trainAcc":0.7567,"testAcc":0.6922,"memorised":0.5182,"cleanFit":0.8947},{"step":390,"loss":0.5296,"trainAcc":0.7567,"testAcc":0.6933,"memorised":0.5182,"cleanFit":0.8947},{"step":400,"loss":0.5127,"trainAcc":0.7633,"testAcc":0.6733,"memorised":0.5545,"cleanFit":0.8842},{"step":410,"loss":0.5083,"trainAcc":0.7833,"testAcc":0.6967,"memorised":0.5727,"cleanFit":0.9053},{"step":420,"loss":0.5168,"trainAcc":0.7667,"testAcc":0.7156,"memorised":0.5091,"cleanFit":0.9158},{"step":430,"loss":0.5027,"trainAcc":0.7833,"testAcc":0.6767,"memorised":0.5818,"cleanFit":0.9},{"step":440,"loss":0.483,"trainAcc":0.7833,"testAcc":0.6489,"memorised":0.5909,"cleanFit":0.8947},{"step":450,"loss":0.4967,"trainAcc":0.79,"testAcc":0.6789,"memorised":0.5818,"cleanFit":0.9105},{"step":460,"loss":0.508,"trainAcc":0.7733,"testAcc":0.6633,"memorised":0.5364,"cleanFit":0.9105},{"step":470,"loss":0.5097,"trainAcc":0.78,"testAcc":0.7311,"memorised":0.5,"cleanFit":0.9421},{"step":480,"loss":0.5345,"trainAcc":0.7767,"testAcc":0.7456,"memorised":0.4727,"cleanFit":0.9526},{"step":490,"loss":0.5212,"trainAcc":0.7933,"testAcc":0.6767,"memorised":0.6182,"cleanFit":0.8947},{"step":500,"loss":0.5079,"trainAcc":0.7633,"testAcc":0.7489,"memorised":0.4364,"cleanFit":0.9526},{"step":510,"loss":0.4711,"trainAcc":0.8033,"testAcc":0.7189,"memorised":0.5727,"cleanFit":0.9368},{"step":520,"loss":0.4483,"trainAcc":0.8133,"testAcc":0.6656,"memorised":0.6273,"cleanFit":0.9211},{"step":530,"loss":0.4354,"trainAcc":0.8133,"testAcc":0.6722,"memorised":0.6273,"cleanFit":0.9211},{"step":540,"loss":0.4257,"trainAcc":0.82,"testAcc":0.6656,"memorised":0.6364,"cleanFit":0.9263},{"step":550,"loss":0.4278,"trainAcc":0.8033,"testAcc":0.69,"memorised":0.5818,"cleanFit":0.9316},{"step":560,"loss":0.4188,"trainAcc":0.85,"testAcc":0.6422,"memorised":0.7455,"cleanFit":0.9105},{"step":570,"loss":0.4159,"trainAcc":0.8333,"testAcc":0.6367,"memorised":0.7273,"cleanFit":0.8947},{"step":580,"loss":0.4073,"trainAcc":0.8467,"testAcc":0.6311,"memorised":0.7364,"cleanFit":0.9105},{"step":590,"loss":0.4272,"trainAcc":0.8067,"testAcc":0.6633,"memorised":0.6182,"cleanFit":0.9158},{"step":600,"loss":0.4373,"trainAcc":0.8,"testAcc":0.6311,"memorised":0.6636,"cleanFit":0.8789},{"step":610,"loss":0.4042,"trainAcc":0.83,"testAcc":0.6133,"memorised":0.7182,"cleanFit":0.8947},{"step":620,"loss":0.3851,"trainAcc":0.8367,"testAcc":0.6333,"memorised":0.7364,"cleanFit":0.8947},{"step":630,"loss":0.4023,"trainAcc":0.8267,"testAcc":0.6878,"memorised":0.6273,"cleanFit":0.9421},{"step":640,"loss":0.4015,"trainAcc":0.84,"testAcc":0.6467,"memorised":0.7455,"cleanFit":0.8947},{"step":650,"loss":0.3663,"trainAcc":0.8667,"testAcc":0.6367,"memorised":0.7636,"cleanFit":0.9263},{"step":660,"loss":0.3998,"trainAcc":0.8333,"testAcc":0.6533,"memorised":0.6545,"cleanFit":0.9368},{"step":670,"loss":0.4173,"trainAcc":0.8467,"testAcc":0.5978,"memorised":0.7727,"cleanFit":0.8895},{"step":680,"loss":0.3874,"trainAcc":0.8367,"testAcc":0.67,"memorised":0.7091,"cleanFit":0.9105},{"step":690,"loss":0.3799,"trainAcc":0.8533,"testAcc":0.6811,"memorised":0.7455,"cleanFit":0.9158},{"step":700,"loss":0.3598,"trainAcc":0.8533,"testAcc":0.6567,"memorised":0.7182,"cleanFit":0.9316},{"step":710,"loss":0.3461,"trainAcc":0.85,"testAcc":0.6389,"memorised":0.7636,"cleanFit":0.9},{"step":720,"loss":0.3323,"trainAcc":0.86,"testAcc":0.6656,"memorised":0.6818,"cleanFit":0.9632},{"step":730,"loss":0.3259,"trainAcc":0.8767,"testAcc":0.6689,"memorised":0.7364,"cleanFit":0.9579},{"step":740,"loss":0.3585,"trainAcc":0.8567,"testAcc":0.6111,"memorised":0.7818,"cleanFit":0.9},{"step":750,"loss":0.3197,"trainAcc":0.87,"testAcc":0.6756,"memorised":0.7182,"cleanFit":0.9579},{"step":760,"loss":0.3349,"trainAcc":0.8533,"testAcc":0.6044,"memorised":0.7818,"cleanFit":0.8947},{"step":770,"loss":0.3058,"trainAcc":0.8867,"testAcc":0.6333,"memorised":0.7909,"cleanFit":0.9421},{"step":780,"loss":0.3362,"trainAcc":0.86,"testAcc":0.6822,"memorised":0.6636,"cleanFit":0.9737},{"step":790,"loss":0.3237,"trainAcc":0.8633,"testAcc":0.6367,"memorised":0.7727,"cleanFit":0.9158},{"step":800,"loss":0.3449,"trainAcc":0.82,"testAcc":0.6278,"memorised":0.7091,"cleanFit":0.8842},{"step":810,"loss":0.3622,"trainAcc":0.84,"testAcc":0.6856,"memorised":0.6727,"cleanFit":0.9368},{"step":820,"loss":0.3434,"trainAcc":0.88,"testAcc":0.6567,"memorised":0.7455,"cleanFit":0.9579},{"step":830,"loss":0.2952,"trainAcc":0.89,"testAcc":0.6244,"memorised":0.7909,"cleanFit":0.9474},{"step":840,"loss":0.2892,"trainAcc":0.8967,"testAcc":0.6033,"memorised":0.8545,"cleanFit":0.9211},{"step":850,"loss":0.2701,"trainAcc":0.9,"testAcc":0.6278,"memorised":0.8,"cleanFit":0.9579},{"step":860,"loss":0.271,"trainAcc":0.9,"testAcc":0.6256,"memorised":0.8273,"cleanFit":0.9421},{"step":870,"loss":0.2614,"trainAcc":0.8867,"testAcc":0.61,"memorised":0.8455,"cleanFit":0.9105},{"step":880,"loss":0.2681,"trainAcc":0.9067,"testAcc":0.6222,"memorised":0.8273,"cleanFit":0.9526},{"step":890,"loss":0.2477,"trainAcc":0.91,"testAcc":0.6211,"memorised":0.8273,"cleanFit":0.9579},{"step":900,"loss":0.2431,"trainAcc":0.9233,"testAcc":0.6367,"memorised":0.8364,"cleanFit":0.9737},{"step":910,"loss":0.2535,"trainAcc":0.9,"testAcc":0.6089,"memorised":0.8636,"cleanFit":0.9211},{"step":920,"loss":0.258,"trainAcc":0.8733,"testAcc":0.6367,"memorised":0.7364,"cleanFit":0.9526},{"step":930,"loss":0.2597,"trainAcc":0.8933,"testAcc":0.6189,"memorised":0.8273,"cleanFit":0.9316},{"step":940,"loss":0.2308,"trainAcc":0.93,"testAcc":0.63,"memorised":0.8636,"cleanFit":0.9684},{"step":950,"loss":0.2267,"trainAcc":0.9167,"testAcc":0.6033,"memorised":0.8636,"cleanFit":0.9474},{"step":960,"loss":0.2277,"trainAcc":0.92,"testAcc":0.6144,"memorised":0.8545,"cleanFit":0.9579},{"step":970,"loss":0.2401,"trainAcc":0.8933,"testAcc":0.6444,"memorised":0.7909,"cleanFit":0.9526},{"step":980,"loss":0.9445,"trainAcc":0.7633,"testAcc":0.7,"memorised":0.5091,"cleanFit":0.9105},{"step":990,"loss":0.5693,"trainAcc":0.82,"testAcc":0.5056,"memorised":0.8455,"cleanFit":0.8053},{"step":1000,"loss":0.3601,"trainAcc":0.8267,"testAcc":0.57,"memorised":0.7818,"cleanFit":0.8526}];
const frame = {"regions":{"kind":"heatmap","rows":36,"cols":36,"values":[1,2,2,2,2,2,2,2,2,2,2,1,1,1,2,2,2,2,2,1,1,1,1,1,1,2,2,0,0,0,0,0,0,0,0,0,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,0,2,2,2,1,1,1,1,1,1,2,2,0,0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,2,2,2,2,1,1,1,0,0,2,2,1,1,1,1,1,2,2,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,2,2,2,2,2,2,2,2,1,1,0,0,0,1,1,1,1,1,1,2,2,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,1,1,1,0,0,1,1,1,1,1,1,2,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,2,2,2,2,2,2,1,1,0,0,1,1,1,1,1,1,2,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,1,1,0,0,1,1,1,1,1,2,2,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,1,1,1,0,1,1,1,1,1,2,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,1,1,0,1,1,1,1,2,2,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,2,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,2,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,2,2,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,0,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,0,2,1,1,1,1,1,1,0,0,0,1,0,0,0,0,2,2,1,1,1,1,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,0,0,2,0,1,1,1,1,0,0,1,0,0,0,2,2,2,1,1,1,1,1,2,2,2,2,2,1,1,1,1,1,1,1,1,1,2,2,2,1,1,2,2,1,1,0,1,1,1,2,2,2,0,0,1,2,2,2,2,2,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,0,0,0,2,2,2,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,2,2,2,2,1,1,1,1,2,0,0,0,1,1,2,2,2,2,0,0,0,0,0,0,0,0,0,1,1,2,2,2,1,1,1,1,1,1,2,2,2,2,2,1,1,0,0,0,1,1,1,2,2,2,0,0,0,0,0,0,0,0,0,1,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,2,2,0,0,0,0,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,2,0,0,0,1,0,0,0,1,0,0,0,0,0,0,2,2,2,2,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,2,0,0,2,2,2,2,2,0,0,1,1,0,0,0,2,0,0,2,2,2,1,1,1,0,0,0,0,0,0,0,1,1,1,1,0,0,2,2,2,2,2,2,0,0,1,1,2,0,2,2,2,2,2,2,2,0,2,1,1,2,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,1,1,2,2,2,2,2,2,2,2,1,0,0,2,2,1,1,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,1,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,2,2,2,1,2,2,2,2,1,1,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,1,1,1,1,1,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,0,0,1,1,1,1,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,2,2,2,2,2,2,2,2,2,0,0,0,1,1,1,1,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,2,2,2,2,2,2,0,2,0,0,1,1,1,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,2,2,2,2,2,2,2,2,2,2,2,0,2,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,2,2,2,2,2,2,2,2,2,2,2,0,2,2,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,2,2,2,2,2,2,2,2,2,2,0,0,2,2,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,0,0,2,2,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,0,0,0,2,2,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"extent":[-2.4,2.4,-2.4,2.4]},"data":{"kind":"points","x":[0.9942,-0.5128,-0.2643,0.6333,-1.172,-0.9811,0.7788,0.01945,-0.5188,1.071,0.006215,-0.1463,1.109,-0.6363,-1.08,0.844,-0.9417,-1.229,0.494,0.2257,-1.587,1.281,0.3245,-1.113,1.537,-1.35,0.6046,1.096,-0.2623,-0.5544,1.379,-0.09577,-0.3136,0.3064,-0.5442,-0.4466,1.168,-1.43,-0.7259,0.1679,-1.689,-1.016,0.8177,-0.4715,-0.4974,0.8839,-0.5725,0.2,0.2311,-1.336,0.001362,1.356,-0.1769,-0.1321,0.9399,-0.9244,-0.3988,0.6999,-0.518,-0.6625,0.1492,-0.9966,0.1191,0.5836,0.1825,-0.8657,0.2246,-1.365,-1.293,0.4323,0.1245,-1.007,1.76,-0.4669,-0.5059,2.128,0.1174,0.2009,0.7637,0.145,-1.052,1.232,-0.3821,-0.0692,0.9553,-0.7821,-0.6957,1.686,-0.3656,-1.308,0.5371,-0.4517,-0.3967,1.083,-0.8756,0.6798,1.69,-1.483,-1.829,0.1412,-0.6219,-0.5712,1.714,-1.295,0.241,0.724,-1.352,-0.4143,0.5007,-0.7528,-0.6362,1.298,-0.8655,-0.8496,0.7544,0.4463,-0.9234,1.466,0.8872,-0.286,0.9547,0.1449,-1.219,0.989,-0.2778,-0.6925,0.6536,-0.2447,-0.8594,1.569,-0.5558,0.05879,0.3295,-1.289,-0.8552,1.302,0.07843,-1.302,1.594,-1.021,-1.647,-0.1688,0.338,-0.9541,0.7078,-0.4707,-1.053,1.07,-0.1848,-0.5076,0.5098,-1.21,-0.6407,1.183,0.135,-1.525,0.8963,-0.9951,-0.7314,0.8449,-1.198,-0.2509,1.668,-0.1327,0.05439,1.295,-0.6084,-0.2418,1.379,-0.6969,-0.1277,0.8059,-0.8874,-1.541,0.2602,-0.4077,-0.2477,0.7341,-1.284,-1.085,1.383,-0.4827,0.3018,0.3639,-0.414,-0.613,0.6616,0.1369,-1.182,0.9752,-0.6313,-0.6682,0.8548,-0.2966,-0.1618,0.6022,-0.7963,-0.8657,0.3599,0.6094,-1.05,0.6978,-1.497,-0.04435,0.7941,-0.2762,0.1121,1.056,-1.021,-0.1583,1.299,-0.2026,-0.7498,0.4753,-0.5857,-0.09167,1.045,-0.3578,-0.2821,1.041,-0.6987,-0.6478,1.129,0.3576,-1.474,0.08255,-0.1381,-1.043,0.408,-0.5115,-0.5114,0.8704,-0.4287,-0.9871,0.6625,-1.295,-0.8445,1.294,-0.4368,-0.3744,0.5239,-0.1427,-0.3759,1.97,-2.499,-0.1838,1.36,-1.061,-1.68,1.561,-1.359,-0.4701,-0.165,0.5531,0.2793,0.8111,0.2341,-0.1343,1.005,-0.6608,-1.346,0.1625,0.05979,-0.3373,0.1739,0.4754,-0.7651,1.29,-1.102,-0.141,1.327,-0.1146,-0.4117,0.6468,-1.879,-0.2534,0.09301,-1.148,-0.1569,0.6325,-0.8267,-1.79,0.8906,-0.6442,0.1166,0.6455,0.6406,-0.7528,0.3731,-0.6075,-1.242,0.6124,-0.8597,-0.8499,0.6802,0.01777,0.2441,2.14,-0.2017,-0.7886],"y":[1.353,1.711,-0.09093,-0.9174,0.6897,-0.4146,-0.5624,1.025,-1.622,-0.1693,1.472,-0.198,0.0268,0.297,-0.1198,-1.202,2.08,0.08099,-0.2988,0.482,-1.327,-3689e-6,0.7567,-0.3489,0.225,1.315,-0.9368,0.1951,0.3571,-1.174,-0.1806,0.6242,-1.453,0.4528,1.147,-1.42,-1.355,1.723,-0.05475,-0.7689,2.459,-1.325,-0.7102,0.7146,-1.441,0.5103,0.9294,-0.603,0.4468,1.578,-0.4817,0.1519,2.229,-0.8943,0.5857,-0.3163,-1.001,-0.2628,1.348,-0.2918,-0.8565,0.6853,-0.494,-0.3658,1.636,-0.6777,-0.3124,0.5782,0.01836,0.3422,1.425,-0.6745,0.09208,1.85,-2.211,0.6346,1.855,-0.9214,-0.7275,1.457,-0.8444,0.8223,0.3058,-0.9915,0.1913,0.7247,-0.115,0.01622,0.8553,-2.065,-0.1192,0.2785,-1.172,-0.274,-0.3414,0.4044,0.3762,1.261,-0.06973,0.2719,0.4474,0.2222,-0.497,0.1399,-0.7796,-0.2562,1.169,-1.467,-0.06896,0.7494,-0.4519,1.036,0.6627,-0.6723,0.053,0.1439,-0.988,-0.04692,1.344,-1.451,-0.401,1.091,-0.5839,0.04313,1.33,-0.6623,-0.4105,1.68,-0.2261,-0.498,1.036,-1.024,-0.8091,0.8395,-1.075,-0.266,1.56,-1.812,0.2844,0.9681,-0.8507,0.02153,0.9669,-0.4887,0.7716,1.135,-1.541,-0.07096,0.8307,-0.4615,-0.2725,0.5641,-1.511,0.2384,1.363,-0.1211,-0.6561,1.017,-2.032,-1.034,0.6827,-1.557,-0.4319,0.9771,-1.71,0.6638,1.159,-0.8855,0.3977,0.5188,-0.4878,-0.1797,0.6715,-0.2549,0.2909,0.9357,-1.45,-0.1128,1.04,-0.8557,-0.03946,0.6278,-0.4092,0.08911,1.297,-1.002,-0.227,0.1157,-1.437,-0.3742,0.1381,-0.2846,-0.2576,1.631,-1.82,0.6079,2.36,-1.756,0.5318,0.2047,-1.003,-0.6472,0.5382,-0.4272,0.5997,0.3723,-1.707,-0.2408,0.2694,-1.106,-0.4025,1.106,-0.9439,0.002923,0.7658,0.04518,-0.9445,-0.04054,-1.872,0.01975,-0.1454,-0.181,-1.009,0.4066,-0.782,0.1327,-0.03896,-1.476,0.3905,0.7219,-1.456,1.365,0.812,-1.167,0.1314,1.3,-0.5031,0.5587,0.8382,-0.4951,-0.2448,1.85,-1.461,-0.3339,-0.01481,-0.9783,0.2131,-0.3142,-0.6902,-0.1804,0.5512,-0.5602,0.793,0.2976,-1.045,0.5931,0.4,-0.671,0.3414,0.6459,-1.36,-0.1539,1.423,-0.592,0.2093,0.5226,-0.7641,0.7959,0.1591,-0.8266,-1.258,0.3456,-0.8299,-0.6152,1.449,-0.798,-0.4513,0.8525,-0.8267,-0.3842,1.151,-0.7251,0.1598,0.787,-0.9229,0.1094,1.111,-2.227,-0.7392,1.306,-1.498,-0.2427,1.317,-0.5213,-0.2239,0.9939,0.483,-0.3303,0.0658,-1.283],"group":[0,1,2,1,1,1,0,1,2,0,0,2,0,1,1,0,2,2,1,2,1,0,1,2,0,1,0,0,1,2,0,0,2,0,0,1,0,1,2,0,2,2,0,1,2,2,1,2,1,2,2,0,2,1,2,1,2,0,2,0,0,1,2,0,1,0,0,0,1,0,1,1,0,1,2,0,1,2,2,1,2,1,2,1,0,1,2,0,0,2,2,1,2,0,2,2,2,1,2,0,0,1,1,2,1,2,1,0,1,1,1,0,1,2,2,1,2,0,0,0,0,1,0,2,1,0,0,0,2,0,2,2,2,1,1,0,1,2,0,1,2,2,2,1,0,1,2,2,1,0,0,2,2,1,1,1,0,1,2,0,1,2,0,1,1,0,1,2,0,1,0,0,1,0,2,1,2,1,1,2,0,1,0,0,2,2,0,0,2,0,1,2,2,1,0,2,1,2,0,2,2,1,1,2,0,1,1,2,2,1,1,1,1,1,1,2,0,2,2,0,2,0,0,1,1,0,1,2,1,1,2,2,1,2,0,1,1,1,0,2,0,0,1,0,1,1,2,0,2,0,1,2,1,1,2,1,1,1,0,1,2,0,2,0,1,0,2,1,1,2,0,1,2,0,1,2,0,1,2,0,1,2,0,1,2,0,1,0,2,0,2,2,1,2,0,0,1,2,1,1],"groupLabels":["labelled class 1","labelled class 2","labelled class 3"]}};
const totalSteps = 1000;
const __vite_glob_2_0 = {
  params,
  rows,
  frame,
  totalSteps,
};

const PANEL = { width: 360, height: 250 };
function r2(x) {
  return Math.round(x * 100) / 100;
}
const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeXml(s) {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
function sceneToString(nodes) {
  return nodes.map((n) => {
    const attrs = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${escapeXml(String(typeof v === "number" ? r2(v) : v))}"`).join("");
    return n.text === void 0 ? `<${n.tag}${attrs}/>` : `<${n.tag}${attrs}>${escapeXml(n.text)}</${n.tag}>`;
  }).join("");
}
function textWidth(s, px = 11) {
  return s.length * px * 0.56;
}

const OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];
function seriesColour(i) {
  const k = (i % 8 + 8) % 8;
  return `var(--fl-series-${k + 1}, ${OKABE_ITO[k]})`;
}
const FG = "var(--fl-fg, #1a1a1a)";
const MUTED = "var(--fl-muted, #666666)";
const GRID = "var(--fl-grid, #e3e3e3)";
const SEQUENTIAL = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];

const tickFmt = format("~g");
const logFmt = format(".0e");
function ticksOf(scale, log, count) {
  if (!log) return scale.ticks(count);
  const [a, b] = scale.domain();
  const out = [];
  for (let e = Math.ceil(Math.log10(Math.min(a, b))); e <= Math.floor(Math.log10(Math.max(a, b))); e++) out.push(10 ** e);
  return out.length >= 2 ? out : scale.ticks(3);
}
function label(v, log) {
  if (log && (v >= 1e4 || v < 0.01)) return logFmt(v).replace("e+", "e");
  return tickFmt(v);
}
function axesNodes(x, y, opts) {
  const { size, m } = opts;
  const nodes = [];
  const [x0, x1] = x.range();
  const [y0, y1] = y.range();
  for (const t of ticksOf(y, !!opts.yLog, 5)) {
    const py = y(t);
    nodes.push({ tag: "line", key: `gy${t}`, attrs: { x1: x0, x2: x1, y1: py, y2: py, style: `stroke:${GRID}` } });
    nodes.push({ tag: "text", key: `ty${t}`, attrs: { x: x0 - 5, y: py + 3.5, "text-anchor": "end", class: "tick", style: `fill:${MUTED}` }, text: label(t, !!opts.yLog) });
  }
  for (const t of ticksOf(x, !!opts.xLog, 5)) {
    const px = x(t);
    nodes.push({ tag: "line", key: `gx${t}`, attrs: { x1: px, x2: px, y1: y0, y2: y1, style: `stroke:${GRID}` } });
    nodes.push({ tag: "text", key: `tx${t}`, attrs: { x: px, y: y0 + 14, "text-anchor": "middle", class: "tick", style: `fill:${MUTED}` }, text: label(t, !!opts.xLog) });
  }
  nodes.push({ tag: "line", key: "xaxis", attrs: { x1: x0, x2: x1, y1: y0, y2: y0, style: `stroke:${MUTED}` } });
  if (opts.xLabel)
    nodes.push({ tag: "text", key: "xlabel", attrs: { x: (x0 + x1) / 2, y: size.height - 6, "text-anchor": "middle", class: "axis-label", style: `fill:${FG}` }, text: opts.xLabel });
  if (opts.yLabel)
    nodes.push({
      tag: "text",
      key: "ylabel",
      attrs: { x: -(y0 + y1) / 2, y: 12, transform: "rotate(-90)", "text-anchor": "middle", class: "axis-label", style: `fill:${FG}` },
      text: opts.yLabel
    });
  return nodes;
}
function headerNodes(title, legend, size, left = 8) {
  const nodes = [{ tag: "text", key: "title", attrs: { x: left, y: 14, class: "title", style: `fill:${FG};font-weight:600` }, text: title }];
  let px = left;
  let row = 0;
  for (const [i, item] of legend.entries()) {
    const w = 22 + textWidth(item.label, 10);
    if (px + w > size.width - 6 && px > left) {
      px = left;
      row++;
    }
    const py = 30 + row * 14;
    const dash = item.dashed ? ";stroke-dasharray:4 3" : "";
    const op = item.faded ? ";opacity:0.45" : "";
    nodes.push({ tag: "line", key: `lg${i}`, attrs: { x1: px, x2: px + 16, y1: py - 3, y2: py - 3, style: `stroke:${item.colour};stroke-width:2${dash}${op}` } });
    nodes.push({ tag: "text", key: `lt${i}`, attrs: { x: px + 19, y: py, class: "legend", style: `fill:${FG}${op}` }, text: item.label });
    px += w + 8;
  }
  return { nodes, height: legend.length ? 36 + row * 14 : 22 };
}

const DEFAULT_VIEW = { yaw: 0.6, pitch: 0.35 };
function margins(headH) {
  return { top: headH + 6, right: 14, bottom: 36, left: 50 };
}
function span(a, pad = 0.05) {
  const [lo, hi] = extent(Array.from(a).filter(Number.isFinite));
  if (lo === void 0 || hi === void 0) return [0, 1];
  const d = hi - lo || 1;
  return [lo - pad * d, hi + pad * d];
}
function groupLegend(labels) {
  return (labels ?? []).map((label, i) => ({ label, colour: seriesColour(i) }));
}
function project(x, y, z, v) {
  const cy = Math.cos(v.yaw), sy = Math.sin(v.yaw), cp = Math.cos(v.pitch), sp = Math.sin(v.pitch);
  const x1 = cy * x + sy * z, z1 = -sy * x + cy * z;
  const y2 = cp * y - sp * z1, z2 = sp * y + cp * z1;
  return [x1, y2, z2];
}
function pointsScene(panel, d, size = PANEL, view = DEFAULT_VIEW, extentOverride) {
  const head = headerNodes(panel.title, groupLegend(d.groupLabels), size);
  const m = margins(head.height);
  const nodes = [...head.nodes];
  const n = d.x.length;
  if (d.z) {
    const r = Math.max(1e-9, ...Array.from({ length: n }, (_, i) => Math.hypot(d.x[i], d.y[i], d.z[i])));
    const cx = (m.left + size.width - m.right) / 2, cy = (m.top + size.height - m.bottom) / 2;
    const s = Math.min(size.width - m.left - m.right, size.height - m.top - m.bottom) / 2.1;
    const pts = Array.from({ length: n }, (_, i) => ({ i, p: project(d.x[i] / r, d.y[i] / r, d.z[i] / r, view) }));
    pts.sort((a, b) => a.p[2] - b.p[2]);
    if (panel.unitCircle) nodes.push({ tag: "circle", key: "unit", attrs: { cx, cy, r: s, style: `fill:none;stroke:${MUTED};stroke-dasharray:3 3` } });
    for (const { i, p } of pts) {
      const g = d.group?.[i] ?? 0;
      nodes.push({ tag: "circle", key: `p${i}`, attrs: { cx: cx + s * p[0], cy: cy - s * p[1], r: 2.6, style: `fill:${seriesColour(g)};opacity:${r2(0.45 + 0.5 * (p[2] + 1) / 2)}` } });
    }
    return nodes;
  }
  const [x0, x1] = extentOverride ? [extentOverride[0], extentOverride[1]] : span(d.x);
  const [y0, y1] = extentOverride ? [extentOverride[2], extentOverride[3]] : span(d.y);
  const x = scaleLinear().domain([x0, x1]).range([m.left, size.width - m.right]);
  const y = scaleLinear().domain([y0, y1]).range([size.height - m.bottom, m.top]);
  if (!extentOverride) nodes.push(...axesNodes(x, y, { xLabel: panel.xLabel, yLabel: panel.yLabel, size, m }));
  if (panel.unitCircle)
    nodes.push({ tag: "path", key: "unit", attrs: { d: circlePath(x, y), style: `fill:none;stroke:${MUTED};stroke-dasharray:3 3` } });
  if (d.segments)
    for (let k = 0; k + 3 < d.segments.length; k += 4)
      nodes.push({ tag: "line", key: `s${k}`, attrs: { x1: x(d.segments[k]), y1: y(d.segments[k + 1]), x2: x(d.segments[k + 2]), y2: y(d.segments[k + 3]), style: `stroke:${d.segmentGroup ? `${seriesColour(d.segmentGroup[k / 4])};stroke-width:1.5` : MUTED}` } });
  for (let i = 0; i < n; i++) {
    const g = d.group?.[i] ?? 0;
    nodes.push({ tag: "circle", key: `p${i}`, attrs: { cx: x(d.x[i]), cy: y(d.y[i]), r: 2.6, style: `fill:${seriesColour(g)};stroke:${extentOverride ? "#fff" : "none"};stroke-width:0.6` } });
  }
  return nodes;
}
function circlePath(x, y) {
  const pts = Array.from({ length: 65 }, (_, k) => [x(Math.cos(k / 64 * 2 * Math.PI)), y(Math.sin(k / 64 * 2 * Math.PI))]);
  return `M${pts.map((p) => `${r2(p[0])},${r2(p[1])}`).join("L")}Z`;
}
function heatmapScene(panel, d, size = PANEL, overlay) {
  const categorical = panel.categorical === true;
  const legend = categorical ? groupLegend(overlay?.groupLabels?.map((l) => l.replace(/^labelled /, "predicted "))) : [];
  const head = headerNodes(panel.title, legend, size);
  const m = margins(head.height);
  const nodes = [...head.nodes];
  const w = size.width - m.left - m.right, h = size.height - m.top - m.bottom;
  const cw = w / d.cols, ch = h / d.rows;
  const vals = Array.from(d.values);
  const lo = min(vals) ?? 0, hi = max(vals) ?? 1;
  const colour = scaleQuantize().domain([lo, hi === lo ? lo + 1 : hi]).range(SEQUENTIAL);
  const fillOf = (v) => categorical ? `${seriesColour(Math.round(v))};opacity:0.3` : Number.isFinite(v) ? colour(v) : "none";
  for (let r = 0; r < d.rows; r++) {
    let start = 0;
    for (let c = 1; c <= d.cols; c++) {
      const prev = fillOf(d.values[r * d.cols + c - 1]);
      if (c < d.cols && fillOf(d.values[r * d.cols + c]) === prev) continue;
      nodes.push({ tag: "rect", key: `c${r}-${start}`, attrs: { x: m.left + start * cw, y: m.top + r * ch, width: (c - start) * cw + 0.3, height: ch + 0.3, style: `fill:${prev}` } });
      start = c;
    }
  }
  d.rowLabels?.forEach((l, r) => nodes.push({ tag: "text", key: `rl${r}`, attrs: { x: m.left - 4, y: m.top + (r + 0.5) * ch + 3, "text-anchor": "end", class: "tick", style: `fill:${MUTED}` }, text: l }));
  d.colLabels?.forEach((l, c) => nodes.push({ tag: "text", key: `cl${c}`, attrs: { x: m.left + (c + 0.5) * cw, y: size.height - m.bottom + 13, "text-anchor": "middle", class: "tick", style: `fill:${MUTED}` }, text: l }));
  if (overlay && d.extent) nodes.push(...pointsScene({ ...panel, unitCircle: false }, overlay, size, DEFAULT_VIEW, d.extent).filter((n) => n.tag === "circle" || n.tag === "line" && /^s\d/.test(n.key)).map((n) => ({ ...n, key: `o${n.key}` })));
  if (!categorical && !d.rowLabels)
    nodes.push({ tag: "text", key: "range", attrs: { x: size.width - m.right, y: size.height - 8, "text-anchor": "end", class: "tick", style: `fill:${MUTED}` }, text: `${lo.toPrecision(3)} … ${hi.toPrecision(3)}` });
  return nodes;
}
function barsScene(panel, d, size = PANEL) {
  const head = headerNodes(panel.title, d.series.length > 1 ? d.series.map((s, i) => ({ label: s.label, colour: seriesColour(i) })) : [], size);
  const m = margins(head.height);
  const x = scaleBand().domain(d.labels.map((_, i) => String(i))).range([m.left, size.width - m.right]).padding(0.15);
  const inner = scaleBand().domain(d.series.map((_, i) => String(i))).range([0, x.bandwidth()]).padding(0.05);
  const vals = d.series.flatMap((s) => Array.from(s.values));
  const log = panel.yScale === "log";
  const y = (log ? scaleLog().domain([Math.max(1e-9, min(vals.filter((v) => v > 0)) ?? 1), max(vals) ?? 10]) : scaleLinear().domain([Math.min(0, min(vals) ?? 0), max(vals) ?? 1]).nice(4)).range([size.height - m.bottom, m.top]);
  const nodes = [...head.nodes, ...axesNodes(scaleLinear().range([m.left, size.width - m.right]).domain([0, 0]), y, { yLog: log, yLabel: panel.yLabel, xLabel: panel.xLabel, size, m }).filter((n) => !n.key.startsWith("gx") && !n.key.startsWith("tx"))];
  const base = y(log ? y.domain()[0] : 0);
  d.series.forEach(
    (s, si) => d.labels.forEach((_, li) => {
      const v = s.values[li];
      if (!Number.isFinite(v) || log && v <= 0) return;
      const top = y(v);
      nodes.push({ tag: "rect", key: `b${si}-${li}`, attrs: { x: (x(String(li)) ?? 0) + (inner(String(si)) ?? 0), y: Math.min(top, base), width: inner.bandwidth(), height: Math.abs(base - top), style: `fill:${seriesColour(si)}` } });
    })
  );
  const every = Math.ceil(d.labels.length / 12);
  d.labels.forEach((l, li) => {
    if (li % every === 0)
      nodes.push({ tag: "text", key: `bl${li}`, attrs: { x: (x(String(li)) ?? 0) + x.bandwidth() / 2, y: size.height - m.bottom + 13, "text-anchor": "middle", class: "tick", style: `fill:${MUTED}` }, text: l });
  });
  return nodes;
}
function curvesScene(panel, d, size = PANEL) {
  const head = headerNodes(panel.title, d.series.map((s, i) => ({ label: s.label, colour: seriesColour(i) })), size);
  const m = margins(head.height);
  const xLog = panel.xScale === "log", yLog = panel.yScale === "log";
  const xs = Array.from(d.x).filter((v) => Number.isFinite(v) && (!xLog || v > 0));
  const ys = d.series.flatMap((s) => Array.from(s.y)).filter((v) => Number.isFinite(v) && (!yLog || v > 0));
  const x = (xLog ? scaleLog() : scaleLinear()).domain(span(xs, 0)).range([m.left, size.width - m.right]);
  const y = (yLog ? scaleLog() : scaleLinear()).domain(span(ys, yLog ? 0 : 0.05)).range([size.height - m.bottom, m.top]);
  if (!yLog) y.nice(4);
  const nodes = [...head.nodes, ...axesNodes(x, y, { xLog, yLog, xLabel: panel.xLabel, yLabel: panel.yLabel, size, m })];
  d.series.forEach((s, si) => {
    let dStr = "", pen = false;
    for (let i = 0; i < d.x.length; i++) {
      const xv = d.x[i], yv = s.y[i];
      const good = Number.isFinite(xv) && Number.isFinite(yv) && (!xLog || xv > 0) && (!yLog || yv > 0);
      if (!good) {
        pen = false;
        continue;
      }
      const py = Math.max(m.top, Math.min(size.height - m.bottom, y(yv)));
      dStr += `${pen ? "L" : "M"}${r2(x(xv))},${r2(py)}`;
      pen = true;
    }
    nodes.push({ tag: "path", key: `cv${si}`, attrs: { d: dStr, class: "series", style: `fill:none;stroke:${seriesColour(si)};stroke-width:2` } });
  });
  d.markers?.forEach((mk, i) => {
    const px = x(mk.x);
    if (!Number.isFinite(px)) return;
    nodes.push({ tag: "line", key: `cm${i}`, attrs: { x1: px, x2: px, y1: m.top, y2: size.height - m.bottom, style: `stroke:${MUTED};stroke-dasharray:2 3` } });
    nodes.push({ tag: "text", key: `cmt${i}`, attrs: { x: px + 3, y: m.top + 10, class: "marker", style: `fill:${MUTED}` }, text: mk.label });
  });
  return nodes;
}
function simplexScene(panel, d, size = PANEL) {
  const head = headerNodes(panel.title, d.trajectories.map((t, i) => ({ label: t.label, colour: seriesColour(i) })), size);
  const m = margins(head.height);
  const h = size.height - m.top - m.bottom + 10;
  const side = Math.min(size.width - 80, 2 * h / Math.sqrt(3));
  const cx = size.width / 2, top = m.top + 4;
  const A = [cx, top], B = [cx - side / 2, top + side * Math.sqrt(3) / 2], C = [cx + side / 2, B[1]];
  const at = (a, b, c) => {
    const s = a + b + c || 1;
    return [(a * A[0] + b * B[0] + c * C[0]) / s, (a * A[1] + b * B[1] + c * C[1]) / s];
  };
  const nodes = [...head.nodes, { tag: "polygon", key: "tri", attrs: { points: [A, B, C].map((p) => p.map(r2).join(",")).join(" "), style: `fill:none;stroke:${MUTED}` } }];
  const labelPos = [[A[0], A[1] - 4, "middle"], [B[0] - 2, B[1] + 14, "start"], [C[0] + 2, C[1] + 14, "end"]];
  d.corners.forEach((c, i) => nodes.push({ tag: "text", key: `corner${i}`, attrs: { x: labelPos[i][0], y: labelPos[i][1], "text-anchor": labelPos[i][2], class: "tick", style: `fill:${FG}` }, text: c }));
  d.trajectories.forEach((t, ti) => {
    const pts = [];
    for (let k = 0; k + 2 < t.points.length; k += 3) pts.push(at(t.points[k], t.points[k + 1], t.points[k + 2]));
    if (!pts.length) return;
    nodes.push({ tag: "path", key: `tr${ti}`, attrs: { d: `M${pts.map((p) => `${r2(p[0])},${r2(p[1])}`).join("L")}`, style: `fill:none;stroke:${seriesColour(ti)};stroke-width:1.6` } });
    const end = pts[pts.length - 1];
    nodes.push({ tag: "circle", key: `tre${ti}`, attrs: { cx: end[0], cy: end[1], r: 3.5, style: `fill:${seriesColour(ti)}` } });
  });
  return nodes;
}

const ok = (v) => typeof v === "number" && Number.isFinite(v);
function domainOf(values, log, fixed) {
  if (fixed) return fixed;
  const vs = log ? values.filter((v) => v > 0) : values;
  const [lo, hi] = extent(vs);
  if (lo === void 0 || hi === void 0) return log ? [1, 10] : [0, 1];
  if (lo === hi) return log ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
  return [lo, hi];
}
function lineScene(panel, rows, pins = [], size = PANEL) {
  const xKey = panel.x ?? "step";
  const xLog = panel.xScale === "log";
  const yLog = panel.yScale === "log";
  const all = [rows, ...pins.map((p) => p.rows)];
  const xs = [];
  const ys = [];
  for (const rs of all)
    for (const r of rs) {
      if (ok(r[xKey])) xs.push(r[xKey]);
      let total = 0;
      for (const s of panel.series) {
        const v = r[s.key];
        if (!ok(v)) continue;
        total += v;
        ys.push(panel.stacked ? total : v);
        if (s.band) {
          for (const b of s.band) if (ok(r[b])) ys.push(r[b]);
        }
      }
    }
  if (panel.stacked) ys.push(0);
  const legend = panel.series.map((s, i) => ({ label: s.label, colour: seriesColour(i), dashed: s.style === "dashed" }));
  pins.forEach((p) => legend.push({ label: p.label, colour: MUTED, dashed: true, faded: true }));
  const head = headerNodes(panel.title, legend, size);
  const m = { top: head.height + 6, right: 14, bottom: 36, left: 50 };
  const x = (xLog ? scaleLog() : scaleLinear()).domain(domainOf(xs, xLog)).range([m.left, size.width - m.right]);
  const y = (yLog ? scaleLog() : scaleLinear()).domain(domainOf(ys, yLog, panel.yDomain)).range([size.height - m.bottom, m.top]);
  if (!panel.yDomain) y.nice(4);
  const nodes = [
    ...head.nodes,
    ...axesNodes(x, y, { xLog, yLog, xLabel: panel.xLabel ?? (xKey === "step" ? "step" : xKey), yLabel: panel.yLabel, size, m })
  ];
  const clip = (v) => Math.max(m.top, Math.min(size.height - m.bottom, v));
  const defined = (r, k) => ok(r[xKey]) && ok(r[k]) && (!xLog || r[xKey] > 0) && (!yLog || r[k] > 0);
  const path = (rs, k) => line().digits(2).defined((r) => defined(r, k)).x((r) => x(r[xKey])).y((r) => clip(y(r[k])))(rs) ?? "";
  pins.forEach(
    (p, pi) => panel.series.forEach(
      (s, i) => nodes.push({
        tag: "path",
        key: `pin${pi}-${s.key}`,
        attrs: { d: path(p.rows, s.key), class: "pin", style: `fill:none;stroke:${seriesColour(i)};stroke-width:1.5;stroke-dasharray:5 3;opacity:0.4` }
      })
    )
  );
  if (panel.stacked) {
    const keys = panel.series.map((s) => s.key);
    const layers = stack().keys(keys).value((r, k) => ok(r[k]) ? r[k] : 0)(rows.filter((r) => ok(r[xKey])));
    const a = area().digits(2).x((d) => x(d.data[xKey])).y0((d) => clip(y(d[0]))).y1((d) => clip(y(d[1])));
    layers.forEach(
      (layer, i) => nodes.push({ tag: "path", key: `stack-${keys[i]}`, attrs: { d: a(layer) ?? "", style: `fill:${seriesColour(i)};opacity:0.75;stroke:none` } })
    );
  } else {
    panel.series.forEach((s, i) => {
      const colour = seriesColour(i);
      if (s.band) {
        const [lo, hi] = s.band;
        const band = area().digits(2).defined((r) => defined(r, lo) && defined(r, hi)).x((r) => x(r[xKey])).y0((r) => clip(y(r[lo]))).y1((r) => clip(y(r[hi])))(rows);
        nodes.push({ tag: "path", key: `band-${s.key}`, attrs: { d: band ?? "", style: `fill:${colour};opacity:0.18;stroke:none` } });
      }
      if (s.style === "points") {
        rows.forEach((r, j) => {
          if (defined(r, s.key))
            nodes.push({ tag: "circle", key: `pt-${s.key}-${j}`, attrs: { cx: x(r[xKey]), cy: clip(y(r[s.key])), r: 2.5, style: `fill:${colour}` } });
        });
      } else {
        const dash = s.style === "dashed" ? ";stroke-dasharray:5 3" : "";
        nodes.push({ tag: "path", key: `line-${s.key}`, attrs: { d: path(rows, s.key), class: "series", style: `fill:none;stroke:${colour};stroke-width:2${dash}` } });
      }
    });
  }
  if (panel.markers) {
    const mk = panel.markers;
    rows.forEach((r, j) => {
      if (!ok(r[mk.key]) || r[mk.key] === 0 || !ok(r[xKey])) return;
      const px = x(r[xKey]);
      nodes.push({ tag: "line", key: `mk${j}`, attrs: { x1: px, x2: px, y1: m.top, y2: size.height - m.bottom, style: `stroke:${MUTED};stroke-dasharray:2 3` } });
      nodes.push({ tag: "text", key: `mkt${j}`, attrs: { x: px + 3, y: m.top + 10, class: "marker", style: `fill:${MUTED}` }, text: mk.label });
    });
  }
  if (panel.guides?.length) {
    const last = [...rows].reverse().find((r) => defined(r, panel.series[0].key));
    if (last) {
      const [xa, xb] = x.domain();
      const x0 = last[xKey], y0 = last[panel.series[0].key];
      panel.guides.forEach((g, i) => {
        const at = (xv) => y0 * (xv / x0) ** g.slope;
        const pa = [x(xa), clip(y(at(xa)))].map(r2), pb = [x(xb), clip(y(at(xb)))].map(r2);
        nodes.push({ tag: "path", key: `guide${i}`, attrs: { d: `M${pa[0]},${pa[1]}L${pb[0]},${pb[1]}`, style: `fill:none;stroke:${MUTED};stroke-dasharray:1 3` } });
        nodes.push({ tag: "text", key: `guidet${i}`, attrs: { x: pb[0] - 4, y: pb[1] - 4, "text-anchor": "end", class: "marker", style: `fill:${MUTED}` }, text: g.label });
      });
    }
  }
  return { nodes, x, y, m };
}

function fmt(v, digits = 3) {
  if (v === void 0 || !Number.isFinite(v)) return "–";
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(digits)));
}
function readoutScene(panel, rows, size) {
  const last = rows[rows.length - 1];
  const head = headerNodes(panel.title, [], size);
  const nodes = [...head.nodes];
  panel.items.forEach((it, i) => {
    const y = head.height + 16 + i * 20;
    nodes.push({ tag: "text", key: `rk${i}`, attrs: { x: 10, y, style: `fill:${MUTED}` }, text: it.label });
    nodes.push({ tag: "text", key: `rv${i}`, attrs: { x: size.width - 12, y, "text-anchor": "end", style: `fill:${FG};font-weight:600` }, text: fmt(last?.[it.key], it.digits ?? 3) });
  });
  return nodes;
}
function placeholder(title, size) {
  return [...headerNodes(title, [], size).nodes, { tag: "text", key: "empty", attrs: { x: size.width / 2, y: size.height / 2, "text-anchor": "middle", style: `fill:${MUTED}` }, text: "no data yet" }];
}
function panelScene(panel, input) {
  const size = input.size ?? PANEL;
  if (panel.kind === "line") return lineScene(panel, input.rows, input.pins ?? [], size).nodes;
  if (panel.kind === "readout") return readoutScene(panel, input.rows, size);
  const d = input.frame?.[panel.id];
  if (!d || d.kind !== panel.kind) return placeholder(panel.title, size);
  switch (d.kind) {
    case "points":
      return pointsScene(panel, d, size, input.view);
    case "heatmap": {
      const o = panel.overlay ? input.frame?.[panel.overlay] : void 0;
      return heatmapScene(panel, d, size, o?.kind === "points" ? o : void 0);
    }
    case "bars":
      return barsScene(panel, d, size);
    case "curves":
      return curvesScene(panel, d, size);
    case "simplex":
      return simplexScene(panel, d, size);
  }
}

const COLUMNS = 2;
function gridSize(panelCount) {
  const cols = Math.min(COLUMNS, panelCount);
  return { width: cols * PANEL.width, height: Math.ceil(panelCount / cols) * PANEL.height };
}
function posterSvg(spec, rows, frame, opts = {}) {
  const { width, height } = gridSize(spec.panels.length);
  const cols = Math.min(COLUMNS, spec.panels.length);
  const label = opts.label ?? `${spec.caption} (static preview of the default run)`;
  const inner = spec.panels.map((p, i) => {
    const x = i % cols * PANEL.width, y = Math.floor(i / cols) * PANEL.height;
    const body = sceneToString(panelScene(p, { rows, frame }));
    return `<svg x="${x}" y="${y}" width="${PANEL.width}" height="${PANEL.height}" viewBox="0 0 ${PANEL.width} ${PANEL.height}" class="fl-panel">${body}</svg>`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" class="fl-poster" font-family="system-ui, sans-serif" font-size="11"><title>${escapeXml(label)}</title>${inner}</svg>`;
}

const RESERVED = ["t", "cmp", "v"];
const MAX_PINS = 6;
const QUOTE_MAX = 24;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function quote(raw) {
  const s = raw.length > QUOTE_MAX ? `${raw.slice(0, QUOTE_MAX)}…` : raw;
  return `“${s}”`;
}
function decodeField(key, field, raw, where) {
  const name = `${where}${key} (${field.label})`;
  if (field.kind === "bool") {
    if (raw === "1" || raw === "true") return { value: true };
    if (raw === "0" || raw === "false") return { value: false };
    return { value: field.default, fix: `${name}: ${quote(raw)} is not on/off; using the default.` };
  }
  if (field.kind === "enum") {
    if (field.options.includes(raw)) return { value: raw };
    return { value: field.default, fix: `${name}: ${quote(raw)} is not one of ${field.options.join(", ")}; using the default.` };
  }
  const trimmed = raw.trim();
  if (!NUMBER.test(trimmed)) return { value: field.default, fix: `${name}: ${quote(raw)} is not a number; using the default ${field.default}.` };
  let x = Number(trimmed);
  let fix;
  if (field.kind === "int" && !Number.isInteger(x) && Number.isFinite(x)) {
    x = Math.round(x);
    fix = `${name}: rounded to the whole number ${x}.`;
  }
  if (x < field.min || x > field.max) {
    const c = x < field.min ? field.min : field.max;
    fix = `${name}: ${quote(raw)} is outside ${field.min}–${field.max}; using ${c}.`;
    x = c;
  }
  return { value: x, fix };
}
function toParams(search) {
  if (typeof search !== "string") return search;
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}
function decodeFigureState(schema, search, ns, maxT = Number.MAX_SAFE_INTEGER) {
  const corrections = [];
  const values = defaultsOf(schema);
  const q = toParams(search);
  const prefix = `${ns}.`;
  let t = null;
  let v = null;
  let cmpRaw = null;
  const seen = /* @__PURE__ */ new Set();
  for (const [fullKey, raw] of q) {
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    if (seen.has(key)) {
      corrections.push(`${ns}.${quote(key)} appears more than once; the first value is used.`);
      continue;
    }
    seen.add(key);
    if (key === "t") {
      const r = decodeField("t", { kind: "int", min: 0, max: maxT, default: 0, label: "training step" }, raw, `${ns}.`);
      t = NUMBER.test(raw.trim()) ? r.value : null;
      if (r.fix) corrections.push(r.fix.replace("using the default 0", "ignored"));
    } else if (key === "v") {
      v = NUMBER.test(raw.trim()) ? Number(raw) : null;
      if (v === null) corrections.push(`${ns}.v: ${quote(raw)} is not a version number; ignored.`);
    } else if (key === "cmp") {
      cmpRaw = raw;
    } else if (Object.hasOwn(schema, key)) {
      const r = decodeField(key, schema[key], raw, `${ns}.`);
      values[key] = r.value;
      if (r.fix) corrections.push(r.fix);
    } else {
      corrections.push(`${ns}.${quote(key)} is not a setting of this figure; ignored.`);
    }
  }
  const cmp = cmpRaw === null ? [] : decodePins(schema, cmpRaw, values, ns, corrections);
  return { values, t, cmp, v, corrections };
}
function decodePins(schema, raw, base, ns, corrections) {
  const pins = [];
  const parts = raw.split(",").filter((p) => p.length > 0);
  if (parts.length > MAX_PINS) corrections.push(`${ns}.cmp: only the first ${MAX_PINS} pinned runs are kept.`);
  for (const part of parts.slice(0, MAX_PINS)) {
    const tokens = part.split("~");
    const pin = { ...base };
    if (tokens.length % 2 !== 0) corrections.push(`${ns}.cmp: ${quote(part)} is not a list of setting~value pairs; read as far as it goes.`);
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const key = tokens[i];
      if (!Object.hasOwn(schema, key)) {
        corrections.push(`${ns}.cmp: ${quote(key)} is not a setting of this figure; ignored.`);
        continue;
      }
      const r = decodeField(key, schema[key], tokens[i + 1], `${ns}.cmp `);
      pin[key] = r.value;
      if (r.fix) corrections.push(r.fix);
    }
    pins.push(pin);
  }
  return pins;
}
function encodeValue(v) {
  if (typeof v === "boolean") return v ? "1" : "0";
  return String(v);
}
function encodeFigureState(schema, values, ns, opts = {}) {
  const out = [];
  for (const [key, field] of Object.entries(schema)) {
    const v = values[key] ?? field.default;
    if (opts.full || v !== field.default) out.push([`${ns}.${key}`, encodeValue(v)]);
  }
  if (opts.t != null) out.push([`${ns}.t`, String(Math.max(0, Math.round(opts.t)))]);
  const pins = (opts.cmp ?? []).slice(0, MAX_PINS).map((pin) => encodePin(schema, pin, values));
  if (pins.length) out.push([`${ns}.cmp`, pins.join(",")]);
  if (opts.full) out.push([`${ns}.v`, String(opts.version ?? 1)]);
  return out;
}
function encodePin(schema, pin, base) {
  const diff = Object.keys(schema).filter((k) => pin[k] !== base[k]);
  const keys = diff.length ? diff : ["seed" in schema ? "seed" : Object.keys(schema)[0]];
  return keys.map((k) => `${k}~${encodeValue(pin[k] ?? schema[k].default)}`).join("~");
}

class SimClient {
  constructor(onMessage) {
    this.onMessage = onMessage;
  }
  worker = null;
  run = 0;
  /** Starts (or restarts) `sim` with `params`; the Worker answers `ready` then waits for run/seek. */
  start(sim, params, backend = "auto") {
    this.run += 1;
    this.send({ type: "start", run: this.run, sim, params, backend });
  }
  play(speed = 1) {
    this.send({ type: "run", speed });
  }
  pause() {
    if (this.worker) this.send({ type: "pause" });
  }
  seek(step) {
    this.send({ type: "seek", step });
  }
  stepBy(steps) {
    this.send({ type: "step", steps });
  }
  /** Ends the Worker (and frees its memory); the next start creates a fresh one. */
  terminate() {
    this.worker?.terminate();
    this.worker = null;
  }
  get started() {
    return this.worker !== null;
  }
  send(m) {
    this.ensureWorker().postMessage(m);
  }
  ensureWorker() {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "sim" });
    w.onmessage = (ev) => {
      if (ev.data.run === this.run) this.onMessage(ev.data);
    };
    w.onerror = (ev) => {
      ev.preventDefault();
      this.terminate();
      this.onMessage({ type: "error", kind: "worker", message: ev.message || "The simulation worker stopped.", run: this.run });
    };
    this.worker = w;
    return w;
  }
}

const DIVERGED = "diverged";

/* controller.svelte.ts generated by Svelte v5.57.3 */

class FigureController {
	constructor(spec, schema, ns) {
		this.spec = spec;
		this.schema = schema;
		this.ns = ns;
		this.values = defaultsOf(schema);
		this.lastGood = { ...this.values };
		this.client = new SimClient((m) => this.onMessage(m));
	}

	values = {};
	rows = [];
	frame = void 0;
	status = "idle";
	step = 0;
	total = 0;
	backend = null;
	stepsPerSec = 0;
	corrections = [];
	pins = [];
	error = null;
	speed = 1;

	/** True once the reader (or a link) has driven the figure: autoplay then stays out of the way. */
	touched = false;

	client;
	next = { kind: "none" };
	pinQueue = [];
	restoring = null;
	lastGood;

	/** The params of the run currently loaded in the Worker (null: none). */
	loaded = null;

	loadedSnapshot = {};

	/** Applies a query string (page load or a prose link): values, pins, and `t`. */
	applySearch(search) {
		const st = decodeFigureState(this.schema, search, this.ns);
		const hasState = [...new URLSearchParams(search).keys()].some((k) => k.startsWith(`${this.ns}.`));

		if (!hasState) return { t: null, hasState };

		this.values = st.values;
		this.corrections = st.corrections;
		this.pins = [];
		this.pinQueue = st.cmp.map((p) => ({ ...p }));
		this.touched = true;
		this.restart(st.t !== null ? { kind: "seek", step: st.t } : { kind: "run" });

		return { t: st.t, hasState };
	}

	get wire() {
		return { ...this.values };
	}

	play() {
		this.touched = true;

		if (this.spec.instant) return this.restart({ kind: "seek", step: Number.MAX_SAFE_INTEGER });

		if (this.status === "done" || this.status === "diverged" || this.status === "error" || this.loaded !== this.key(this.values)) {
			this.restart({ kind: "run" });
		} else if (this.status === "paused" || this.status === "idle") {
			this.status = "running";
			this.client.play(this.speed);
		}
	}

	pause() {
		this.touched = true;

		if (this.status === "running" || this.status === "seeking" || this.status === "loading") {
			this.next = { kind: "none" };
			this.client.pause();

			if (this.status === "loading") this.status = "paused";
		}
	}

	stepOnce() {
		this.touched = true;

		if (this.loaded !== this.key(this.values) || this.status === "done" || this.status === "error") this.restart({ kind: "step" }); else if (this.status === "paused" || this.status === "idle") this.client.stepBy(this.stepSize());
	}

	reset() {
		this.touched = true;
		this.values = defaultsOf(this.schema);
		this.restart({ kind: "none" });
	}

	setSpeed(s) {
		this.speed = s;

		if (this.status === "running") this.client.play(s);
	}

	/** A slider moved: restart from step 0 (instant figures run straight to the end). */
	setValue(key, v) {
		this.touched = true;
		this.values = { ...this.values, [key]: v };

		this.restart(this.spec.instant
			? { kind: "seek", step: Number.MAX_SAFE_INTEGER }
			: { kind: "run" });
	}

	backToLastGood() {
		this.values = { ...this.lastGood };
		this.restart({ kind: "run" });
	}

	retry() {
		this.client.terminate();
		this.loaded = null;
		this.restart({ kind: "run" });
	}

	pin() {
		if (!this.rows.length) return;

		const label = this.pinLabel(this.values);

		this.pins = [
			...this.pins,
			{ label, values: { ...this.values }, rows: this.rows }
		].slice(-MAX_PINS);
	}

	unpin(i) {
		this.pins = this.pins.filter((_, j) => j !== i);
	}

	dismissCorrections() {
		this.corrections = [];
	}

	/** URL entries: `full` for Share (every key, `v`, and `t` = the current step). */
	entries(full) {
		return encodeFigureState(this.schema, this.values, this.ns, {
			full,
			version: this.spec.version ?? 1,
			t: full && this.step > 0 ? this.step : null,
			cmp: this.pins.map((p) => p.values)
		});
	}

	summary() {
		const last = this.rows[this.rows.length - 1];

		if (!last) return "No training steps run yet.";

		const parts = this.spec.summaryKeys.map((k, i) => `${this.spec.summaryLabels?.[i] ?? k} ${fmt(last[k])}`);

		return `After ${last.step} steps: ${parts.join(", ")}.`;
	}

	/** The figure scrolled out of view or the page is going away. */
	suspend() {
		const wasRunning = this.status === "running";

		if (wasRunning) {
			this.client.pause();
		}

		return wasRunning;
	}

	destroy() {
		this.client.terminate();
	}

	stepSize() {
		return Math.max(1, Math.round(this.total / 100));
	}

	key(v) {
		return JSON.stringify(Object.keys(this.schema).map((k) => v[k]));
	}

	pinLabel(v) {
		const d = defaultsOf(this.schema);
		const diff = Object.keys(this.schema).filter((k) => k !== "seed" && v[k] !== d[k]);

		const keys = diff.length
			? diff.slice(0, 3)
			: Object.keys(this.schema).slice(0, 1);

		return keys.map((k) => `${this.schema[k].label.split(" ").pop()} ${fmt(v[k])}`).join(", ");
	}

	/** Starts the Worker on the next pinned run to restore, or on the current values. */
	restart(next) {
		this.next = next;
		this.error = null;
		this.rows = [];
		this.frame = void 0;
		this.step = 0;
		this.restoring = this.pinQueue.shift() ?? null;

		const v = this.restoring ?? this.values;

		this.loaded = this.restoring ? null : this.key(v);
		this.loadedSnapshot = { ...v };
		this.status = next.kind === "none" ? "idle" : "loading";

		if (next.kind === "none" && !this.restoring) {
			this.loaded = null;

			return;
		}

		this.client.start(this.spec.sim, { ...v });
	}

	onMessage(m) {
		switch (m.type) {
			case "ready":
				this.backend = m.backend;
				this.total = m.totalSteps;
				if (this.restoring) return this.client.seek(m.totalSteps);
				if (this.next.kind === "run") {
					this.status = "running";
					this.client.play(this.speed);
				} else if (this.next.kind === "seek") {
					this.status = "seeking";
					this.client.seek(Math.min(this.next.step, m.totalSteps));
				} else if (this.next.kind === "step") {
					this.status = "paused";
					this.client.stepBy(this.stepSize());
				}
				return;

			case "rows":
				if (this.restoring) {
					this.rows = this.rows.concat(m.rows);

					return;
				}
				this.rows = this.rows.concat(m.rows);
				if (m.frame) this.frame = m.frame;
				this.step = m.step;
				if (m.rows.some((r) => r[DIVERGED] === 1)) this.status = "diverged";
				return;

			case "progress":
				this.stepsPerSec = m.stepsPerSec;
				if (!this.restoring) this.step = m.step;
				return;

			case "paused":
				this.step = m.step;
				if (this.status !== "diverged") this.status = "paused";
				return;

			case "done":
				if (this.restoring) {
					this.pins = [
						...this.pins,
						{
							label: this.pinLabel(this.restoring),
							values: this.restoring,
							rows: this.rows
						}
					];

					return this.restart(this.next);
				}
				this.step = m.step;
				if (this.status !== "diverged") {
					this.status = "done";
					this.lastGood = { ...this.loadedSnapshot };
				}
				return;

			case "error":
				this.status = "error";
				this.error = m.message;
				this.restoring = null;
				return;
		}
	}
}

const POSITIONS = 1e3;
function isLog(f) {
  return f.scale === "log" && f.min > 0;
}
function toPosition(f, v) {
  const t = isLog(f) ? Math.log(v / f.min) / Math.log(f.max / f.min) : (v - f.min) / (f.max - f.min || 1);
  return Math.round(Math.min(1, Math.max(0, t)) * POSITIONS);
}
function useNumberBox(f) {
  return f.kind === "int" && !isLog(f) && f.max - f.min > 1e3;
}
function showValue(f, v) {
  const s = f.kind === "int" ? String(v) : String(Number(v.toPrecision(3)));
  return f.unit ? `${s} ${f.unit}` : s;
}
function stepOf(f) {
  if (f.kind === "int") return Math.max(1, Math.round(f.step ?? 1));
  return f.step ?? (f.max - f.min) / 100;
}

function Controls($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		// Controls generated from the params schema: every field labelled, keyboard operable, value and
		// unit shown. Numeric sliders run over positions 0…1000 so log fields move evenly in log space.
		let { schema, values, ns, onchange } = $$props;

		const fields = derived(() => Object.entries(schema));

		$$renderer.push(`<div class="fl-controls"><!--[-->`);

		const each_array = ensure_array_like(fields());

		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let [key, f] = each_array[$$index_1];
			const id = `${ns}-ctl-${key}`;

			$$renderer.push(`<div class="fl-control">`);

			if (f.kind === 'bool') {
				$$renderer.push(`<!--[0--><label${attr('for', id)}><input${attr('id', id)} type="checkbox"${attr('checked', values[key] === true, true)}/> ${escape_html(f.label)}</label>`);
			} else if (f.kind === 'enum') {
				$$renderer.push(`<!--[1--><label${attr('for', id)}>${escape_html(f.label)}</label> `);

				$$renderer.select(
					{
						id,
						value: values[key],
						onchange: (e) => onchange(key, e.currentTarget.value)
					},
					($$renderer) => {
						$$renderer.push(`<!--[-->`);

						const each_array_1 = ensure_array_like(f.options);

						for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
							let opt = each_array_1[i];

							$$renderer.option({ value: opt }, ($$renderer) => {
								$$renderer.push(`${escape_html(f.optionLabels?.[i] ?? opt)}`);
							});
						}

						$$renderer.push(`<!--]-->`);
					}
				);
			} else if (useNumberBox(f)) {
				$$renderer.push(`<!--[2--><label${attr('for', id)}>${escape_html(f.label)}</label> <input${attr('id', id)} type="number"${attr('min', f.min)}${attr('max', f.max)} step="1"${attr('value', values[key])}/>`);
			} else if (isLog(f)) {
				$$renderer.push('<!--[3-->');

				const v = Number(values[key]);

				$$renderer.push(`<label${attr('for', id)}>${escape_html(f.label)}</label> <input${attr('id', id)} type="range" min="0"${attr('max', POSITIONS)}${attr('step', POSITIONS / 100)}${attr('value', toPosition(f, v))}${attr('aria-valuetext', showValue(f, v))} data-scale="log"/> <output${attr('for', id)} aria-hidden="true">${escape_html(showValue(f, v))}</output>`);
			} else {
				$$renderer.push('<!--[-1-->');

				const v = Number(values[key]);

				$$renderer.push(`<label${attr('for', id)}>${escape_html(f.label)}</label> <input${attr('id', id)} type="range"${attr('min', f.min)}${attr('max', f.max)}${attr('step', stepOf(f))}${attr('value', v)}${attr('aria-valuetext', showValue(f, v))} data-scale="linear"/> <output${attr('for', id)} aria-hidden="true">${escape_html(showValue(f, v))}</output>`);
			}

			$$renderer.push(`<!--]--> `);

			if (f.help) {
				$$renderer.push(`<!--[0--><small class="fl-help">${escape_html(f.help)}</small>`);
			} else {
				$$renderer.push('<!--[-1-->');
			}

			$$renderer.push(`<!--]--></div>`);
		}

		$$renderer.push(`<!--]--></div>`);
	});
}

function Toolbar($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		// Run controls and exports. Accessible names are fixed (tests and assistive technology find
		// them by role and name): Play, Pause, Step, Reset, Share, Pin run, Download SVG/PNG/CSV.
		let { c, ns} = $$props;

		const running = derived(() => c.status === 'running' || c.status === 'seeking' || c.status === 'loading');

		const speeds = [
			{ v: 1, label: 'full' },
			{ v: 0.5, label: '½' },
			{ v: 0.25, label: '¼' },
			{ v: 0.1, label: '1/10' }
		];

		$$renderer.push(`<div class="fl-toolbar" role="toolbar" aria-label="Figure controls"><button type="button">${escape_html(running() ? 'Pause' : 'Play')}</button> <button type="button"${attr('disabled', running(), true)}>Step</button> <button type="button">Reset</button> <label class="fl-speed"${attr('for', `${ns}-speed`)}>Speed `);

		$$renderer.select(
			{
				id: `${ns}-speed`,
				value: c.speed,
				onchange: (e) => c.setSpeed(Number(e.currentTarget.value))
			},
			($$renderer) => {
				$$renderer.push(`<!--[-->`);

				const each_array = ensure_array_like(speeds);

				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let s = each_array[$$index];

					$$renderer.option({ value: s.v }, ($$renderer) => {
						$$renderer.push(`${escape_html(s.label)}`);
					});
				}

				$$renderer.push(`<!--]-->`);
			}
		);

		$$renderer.push(`</label> <span class="fl-sep"></span> <button type="button">Share</button> <button type="button"${attr('disabled', !c.rows.length, true)}>Pin run</button> <button type="button">Download SVG</button> <button type="button">Download PNG</button> <button type="button"${attr('disabled', !c.rows.length, true)}>Download CSV</button></div>`);
	});
}

function Notices($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		// Everything the figure has to tell the reader: link corrections (plain text, never markup),
		// a worker or core error with Retry, and divergence with a way back.
		let { c, divergedText } = $$props;

		if (c.corrections.length) {
			$$renderer.push(`<!--[0--><div class="fl-notice" role="note" aria-label="Link corrections"><p>Some settings in the link could not be used as written:</p> <ul><!--[-->`);

			const each_array = ensure_array_like(c.corrections);

			for (let i = 0, $$length = each_array.length; i < $$length; i++) {
				let text = each_array[i];

				$$renderer.push(`<li>${escape_html(text)}</li>`);
			}

			$$renderer.push(`<!--]--></ul> <button type="button">Dismiss</button></div>`);
		} else {
			$$renderer.push('<!--[-1-->');
		}

		$$renderer.push(`<!--]--> `);

		if (c.status === 'error') {
			$$renderer.push(`<!--[0--><div class="fl-notice fl-error" role="alert"><p>The simulation stopped with an error: ${escape_html(c.error)}</p> <button type="button">Retry</button></div>`);
		} else {
			$$renderer.push('<!--[-1-->');
		}

		$$renderer.push(`<!--]--> `);

		if (c.status === 'diverged') {
			$$renderer.push(`<!--[0--><div class="fl-notice fl-diverged" role="alert"><p>Training diverged: the loss became infinite or exploded. ${escape_html(divergedText)}</p> <button type="button">Back to last good settings</button></div>`);
		} else {
			$$renderer.push('<!--[-1-->');
		}

		$$renderer.push(`<!--]-->`);
	});
}

function ChartPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		// Svelte owns the <svg> (with its accessible name); the chart module draws inside it.
		let { panel, rows, frame, pins, svgs = void 0 } = $$props;
		let chart = null;

		onDestroy(() => chart?.destroy());

		const rotatable = derived(() => panel.kind === 'points');

		$$renderer.push(`<svg role="img"${attr('aria-label', panel.title)} class="fl-chart"${attr('data-panel', panel.id)} font-size="11" font-family="system-ui, sans-serif"${attr('tabindex', rotatable() ? 0 : undefined)}${attr('aria-roledescription', rotatable() ? 'chart; arrow keys rotate 3-D views' : undefined)}></svg>`);
		bind_props($$props, { svgs });
	});
}

function Pins($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		// Pinned runs: faded, labelled references kept while parameters change; each removable.
		let { c } = $$props;

		if (c.pins.length) {
			$$renderer.push(`<!--[0--><div class="fl-pins svelte-1f0yy2"><span>Pinned runs (dashed):</span> <ul class="svelte-1f0yy2"><!--[-->`);

			const each_array = ensure_array_like(c.pins);

			for (let i = 0, $$length = each_array.length; i < $$length; i++) {
				let pin = each_array[i];

				$$renderer.push(`<li class="svelte-1f0yy2">${escape_html(pin.label)} <button type="button"${attr('aria-label', `Remove pinned run ${pin.label}`)}>×</button></li>`);
			}

			$$renderer.push(`<!--]--></ul></div>`);
		} else {
			$$renderer.push('<!--[-1-->');
		}

		$$renderer.push(`<!--]-->`);
	});
}

(() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function FigureFrame($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		// The one shared figure frame (DESIGN.md §6). LiveFigure.astro renders the <figure>, caption and
		// poster around it; this island adds the controls, live charts, status and exports.
		//
		//   poster (build time) ──hydrate (client:visible)──▶ idle ──in view & motion ok──▶ running
		//   running ──out of view──▶ paused (resumes in view)     link with `t` ──▶ seek, pause at t
		let { spec, schema, ns, siteVersion = 'dev' } = $$props;

		// A figure's spec, schema and namespace are fixed for the island's life: read them once.
		// svelte-ignore state_referenced_locally
		const c = new FigureController(spec, schema, ns);
		let svgs = {};
		let summaryText = 'No training steps run yet.';
		const cleanups = [];
		const live = derived(() => c.status !== 'idle' || c.rows.length > 0);
		const pinsForCharts = derived(() => c.pins.map((p) => ({ label: p.label, rows: p.rows })));

		const statusWord = derived(() => ({
			idle: 'ready',
			loading: 'loading',
			running: 'training',
			paused: 'paused',
			seeking: 'replaying',
			done: 'done',
			error: 'error',
			diverged: 'diverged'
		})[c.status]);

		onDestroy(() => {
			cleanups.forEach((f) => f());
			c.destroy();
		});

		let $$settled = true;
		let $$inner_renderer;

		function $$render_inner($$renderer) {
			$$renderer.push(`<div class="fl-frame svelte-7o2nyv">`);

			Notices($$renderer, {
				c,
				divergedText: spec.divergedText ?? 'This learning rate is too high for this loss.'
			});

			$$renderer.push(`<!----> `);

			if (live()) {
				$$renderer.push(`<!--[0--><div class="fl-panels svelte-7o2nyv"><!--[-->`);

				const each_array = ensure_array_like(spec.panels);

				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let panel = each_array[$$index];

					ChartPanel($$renderer, {
						panel,
						rows: c.rows,
						frame: c.frame,
						pins: pinsForCharts(),
						get svgs() {
							return svgs;
						},

						set svgs($$value) {
							svgs = $$value;
							$$settled = false;
						}
					});
				}

				$$renderer.push(`<!--]--></div>`);
			} else {
				$$renderer.push('<!--[-1-->');
			}

			$$renderer.push(`<!--]--> <div class="fl-progress-row svelte-7o2nyv"><div class="fl-progress svelte-7o2nyv" role="progressbar" aria-label="Training progress" aria-valuemin="0"${attr('aria-valuemax', c.total || 1)}${attr('aria-valuenow', c.step)}><div class="fl-progress-fill svelte-7o2nyv"${attr_style('', { width: `${c.total ? 100 * c.step / c.total : 0}%` })}></div></div> <p class="fl-status svelte-7o2nyv" role="status">${escape_html(statusWord())} · step ${escape_html(c.step)}${escape_html(c.total ? ` of ${c.total}` : '')}${escape_html(c.backend ? ` · backend ${c.backend}` : '')}${escape_html(c.stepsPerSec ? ` · ${Math.round(c.stepsPerSec)} steps/s` : '')}</p></div> `);
			Toolbar($$renderer, { c, ns});
			$$renderer.push(`<!----> `);

			{
				$$renderer.push('<!--[-1-->');
			}

			$$renderer.push(`<!--]--> `);
			Pins($$renderer, { c });
			$$renderer.push(`<!----> `);

			Controls($$renderer, {
				schema,
				values: c.values,
				ns,
				onchange: (k, v) => c.setValue(k, v)
			});

			$$renderer.push(`<!----> <p class="fl-visually-hidden svelte-7o2nyv" aria-live="polite">${escape_html(summaryText)}</p></div>`);
		}

		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);

		$$renderer.subsume($$inner_renderer);
	});
}

const NS_PATTERN = /^[a-z][a-z0-9-]{0,23}$/;
function figureProblems(sim, spec, schema, poster) {
  const out = [];
  if (!spec) return [`src/sim/${sim}/figure.ts is missing or does not export \`figure\`.`];
  if (!schema) return [`src/sim/${sim}/params.ts is missing or does not export \`params\`.`];
  if (spec.sim !== sim) out.push(`figure.ts says sim '${spec.sim}' but lives in src/sim/${sim}/.`);
  for (const k of RESERVED) if (k in schema) out.push(`params.ts uses the reserved permalink key '${k}'.`);
  if (!("seed" in schema)) out.push("params.ts has no seed field.");
  const ids = spec.panels.map((p) => p.id);
  if (new Set(ids).size !== ids.length) out.push(`panel ids repeat: ${ids.join(", ")}.`);
  if (!spec.summaryKeys.length) out.push("summaryKeys is empty.");
  if (!poster) out.push(`src/sim/${sim}/poster.json is missing: run \`npm run posters\`.`);
  else {
    const d = defaultsOf(schema);
    const same = Object.keys(d).length === Object.keys(poster.params).length && Object.keys(d).every((k) => d[k] === poster.params[k]);
    if (!same) out.push(`src/sim/${sim}/poster.json was made with params ${JSON.stringify(poster.params)}, not the defaults ${JSON.stringify(d)}: run \`npm run posters\`.`);
  }
  return out;
}

const $$Astro = createAstro("http://localhost:4321");
const $$LiveFigure = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$LiveFigure;
  const { sim, id, caption } = Astro2.props;
  const specs = /* #__PURE__ */ Object.assign({"../sim/chain-of-hindsight/figure.ts": __vite_glob_0_0,"../sim/comp-sum/figure.ts": __vite_glob_0_1,"../sim/contrastive-temperature/figure.ts": __vite_glob_0_2,"../sim/cpl/figure.ts": __vite_glob_0_3,"../sim/ctrl-u/figure.ts": __vite_glob_0_4,"../sim/deep-kurtosis/figure.ts": __vite_glob_0_5,"../sim/dno/figure.ts": __vite_glob_0_6,"../sim/econtrol/figure.ts": __vite_glob_0_7,"../sim/ef21-mean/figure.ts": __vite_glob_0_8,"../sim/f-dpg/figure.ts": __vite_glob_0_9,"../sim/fine-grained-feedback/figure.ts": __vite_glob_0_10,"../sim/gradient-entanglement/figure.ts": __vite_glob_0_11,"../sim/grokking-modular/figure.ts": __vite_glob_0_12,"../sim/grokking-regression/figure.ts": __vite_glob_0_13,"../sim/hardness/figure.ts": __vite_glob_0_14,"../sim/individual-temperature/figure.ts": __vite_glob_0_15,"../sim/inpo/figure.ts": __vite_glob_0_16,"../sim/knowledge-fusion/figure.ts": __vite_glob_0_17,"../sim/linear-overtraining/figure.ts": __vite_glob_0_18,"../sim/lion-box/figure.ts": __vite_glob_0_19,"../sim/lipschitz-policy/figure.ts": __vite_glob_0_20,"../sim/llm-regret/figure.ts": __vite_glob_0_21,"../sim/martingale-pe/figure.ts": __vite_glob_0_22,"../sim/mbtl/figure.ts": __vite_glob_0_23,"../sim/nash-md/figure.ts": __vite_glob_0_24,"../sim/nash-mirror-prox/figure.ts": __vite_glob_0_25,"../sim/nce-compositional/figure.ts": __vite_glob_0_26,"../sim/neural-bandit/figure.ts": __vite_glob_0_27,"../sim/nft/figure.ts": __vite_glob_0_28,"../sim/optimistic-omd/figure.ts": __vite_glob_0_29,"../sim/p3o/figure.ts": __vite_glob_0_30,"../sim/refined-regret/figure.ts": __vite_glob_0_31,"../sim/regret-preferences/figure.ts": __vite_glob_0_32,"../sim/rlhs/figure.ts": __vite_glob_0_33,"../sim/robust-dpo/figure.ts": __vite_glob_0_34,"../sim/runtime/figure.ts": __vite_glob_0_35,"../sim/score-matching/figure.ts": __vite_glob_0_36,"../sim/spo/figure.ts": __vite_glob_0_37,"../sim/stability-gap/figure.ts": __vite_glob_0_38,"../sim/switching-costs/figure.ts": __vite_glob_0_39,"../sim/target-surrogate/figure.ts": __vite_glob_0_40});
  const schemas = /* #__PURE__ */ Object.assign({"../sim/chain-of-hindsight/params.ts": __vite_glob_1_0,"../sim/comp-sum/params.ts": __vite_glob_1_1,"../sim/contrastive-temperature/params.ts": __vite_glob_1_2,"../sim/cpl/params.ts": __vite_glob_1_3,"../sim/ctrl-u/params.ts": __vite_glob_1_4,"../sim/deep-kurtosis/params.ts": __vite_glob_1_5,"../sim/dno/params.ts": __vite_glob_1_6,"../sim/econtrol/params.ts": __vite_glob_1_7,"../sim/ef21-mean/params.ts": __vite_glob_1_8,"../sim/f-dpg/params.ts": __vite_glob_1_9,"../sim/fine-grained-feedback/params.ts": __vite_glob_1_10,"../sim/gradient-entanglement/params.ts": __vite_glob_1_11,"../sim/grokking-modular/params.ts": __vite_glob_1_12,"../sim/grokking-regression/params.ts": __vite_glob_1_13,"../sim/hardness/params.ts": __vite_glob_1_14,"../sim/individual-temperature/params.ts": __vite_glob_1_15,"../sim/inpo/params.ts": __vite_glob_1_16,"../sim/knowledge-fusion/params.ts": __vite_glob_1_17,"../sim/linear-overtraining/params.ts": __vite_glob_1_18,"../sim/lion-box/params.ts": __vite_glob_1_19,"../sim/lipschitz-policy/params.ts": __vite_glob_1_20,"../sim/llm-regret/params.ts": __vite_glob_1_21,"../sim/martingale-pe/params.ts": __vite_glob_1_22,"../sim/mbtl/params.ts": __vite_glob_1_23,"../sim/n2n-compression/params.ts": __vite_glob_1_24,"../sim/nash-md/params.ts": __vite_glob_1_25,"../sim/nash-mirror-prox/params.ts": __vite_glob_1_26,"../sim/nce-compositional/params.ts": __vite_glob_1_27,"../sim/neural-bandit/params.ts": __vite_glob_1_28,"../sim/nft/params.ts": __vite_glob_1_29,"../sim/optimistic-omd/params.ts": __vite_glob_1_30,"../sim/p3o/params.ts": __vite_glob_1_31,"../sim/refined-regret/params.ts": __vite_glob_1_32,"../sim/regret-preferences/params.ts": __vite_glob_1_33,"../sim/rlhs/params.ts": __vite_glob_1_34,"../sim/robust-dpo/params.ts": __vite_glob_1_35,"../sim/runtime/params.ts": __vite_glob_1_36,"../sim/score-matching/params.ts": __vite_glob_1_37,"../sim/spo/params.ts": __vite_glob_1_38,"../sim/stability-gap/params.ts": __vite_glob_1_39,"../sim/switching-costs/params.ts": __vite_glob_1_40,"../sim/target-surrogate/params.ts": __vite_glob_1_41});
  const posters = /* #__PURE__ */ Object.assign({"../sim/comp-sum/poster.json": __vite_glob_2_0});
  const spec = specs[`../sim/${sim}/figure.ts`]?.figure;
  const schema = schemas[`../sim/${sim}/params.ts`]?.params;
  const poster = posters[`../sim/${sim}/poster.json`];
  const problems = figureProblems(sim, spec, schema, poster);
  if (!NS_PATTERN.test(id)) problems.push(`id '${id}' must be short lower-case letters, digits or '-' (it is the permalink namespace).`);
  if (problems.length) throw new Error(`LiveFigure sim="${sim}" id="${id}" on ${Astro2.url.pathname}:
- ${problems.join("\n- ")}`);
  const counters = globalThis.__flFigureCounters ??= /* @__PURE__ */ new WeakMap();
  const n = (counters.get(Astro2.request) ?? 0) + 1;
  counters.set(Astro2.request, n);
  const text = caption ?? spec.caption;
  const svg = posterSvg(spec, poster.rows, poster.frame, { label: `${text} (preview of the default run)` });
  return renderTemplate`${maybeRenderHead()}<figure${addAttribute(id, "id")} class="fl-figure"${addAttribute(sim, "data-sim")}${addAttribute(`${id}-caption`, "aria-labelledby")} data-astro-cid-a2zqulz4> <div class="fl-poster" data-astro-cid-a2zqulz4>${unescapeHTML(svg)}</div> ${renderComponent($$result, "FigureFrame", FigureFrame, { "client:visible": true, "spec": spec, "schema": schema, "ns": id, "siteVersion": pkg.version, "client:component-hydration": "visible", "client:component-path": "/work/main/src/widgets/figure/FigureFrame.svelte", "client:component-export": "default", "data-astro-cid-a2zqulz4": true })} <figcaption${addAttribute(`${id}-caption`, "id")} data-astro-cid-a2zqulz4><span class="fl-fignum" data-astro-cid-a2zqulz4>Figure ${n}.</span> ${text}</figcaption> </figure> `;
}, "/work/main/src/widgets/LiveFigure.astro", void 0);

export { $$LiveFigure as $ };
