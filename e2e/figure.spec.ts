/** The figure platform's end-to-end checks, run over the first real figure (comp-sum, issue 3). */
import { autoplayChecks, figureChecks } from './figureChecks';

figureChecks('/papers/cross-entropy-loss-theory/', 'cs');
// A page with two live figures: the autoplay race (Play while autoplay loads) and one-at-a-time.
autoplayChecks('/papers/grokking-lazy-rich/', ['grok', 'mod']);
