import { pathToFileURL } from 'node:url';
import { serverBundle } from './bundle/server.mjs';

// `npm start`: the server from its bundle, made again only when a source changed (src/bundle/server.mjs).
// Without a place to keep the bundle (a read-only install), the sources run as `npm run dev` runs them.

const file = await serverBundle();
if (file) {
  await import(pathToFileURL(file).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./index.ts');
}
