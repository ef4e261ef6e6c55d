/** Site-wide constants. The version goes into every export's provenance. */
import pkg from '../../package.json';

export const SITE_NAME = 'Feedback Loop';
export const SITE_TAGLINE = 'Interactive explainers for machine-learning papers about losses and feedback';
export const SITE_VERSION: string = pkg.version;
