export { uiAssets } from './assets.ts';
export { createUiRoutes, UI_CSP } from './ui.routes.ts';
