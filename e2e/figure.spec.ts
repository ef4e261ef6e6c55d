/** The figure platform's end-to-end checks, run over the first real figure (comp-sum, issue 3). */
import { figureChecks } from './figureChecks';

figureChecks('/papers/cross-entropy-loss-theory/', 'cs');
