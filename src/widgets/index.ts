/** The barrel MDX pages import widgets from: `import { LiveFigure } from '../../src/widgets';`. */
export { default as LiveFigure } from './LiveFigure.astro';
