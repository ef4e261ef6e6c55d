/** Chart primitives (DESIGN.md §7). Pure geometry in *Scene functions; `createChart` draws live. */
export { createChart, renderScene, warmUp, type Chart } from './live';
export { panelScene, fmt, type PanelInput } from './panel';
export { posterSvg, posterPanels, gridSize, COLUMNS } from './poster';
export { lineScene, type PinnedRun } from './line';
export { pointsScene, heatmapScene, barsScene, curvesScene, simplexScene, project, type View3D } from './frames';
export { sceneToString, PANEL, type SceneNode } from './scene';
export { OKABE_ITO, seriesColour } from './theme';
