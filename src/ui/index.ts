export { uiAssets } from './assets.ts';
export { createUiRoutes, studioCsp, UI_CSP } from './ui.routes.ts';
