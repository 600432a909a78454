export type { ExampleView, Problem, TextCheck } from './check.ts';
export { FILE_NAME, type FileRef, type FileSummary, fileRef, fileVersion, parseFileRef } from './files.ts';
export { MAX_PREVIEWS_PER_CONSUMER, PREVIEW_IDLE_MS, type Previews } from './previews.ts';
export { VERSIONS_FOLDER } from './save.ts';
export { createStudio, type Studio, type StudioDeps } from './studio.ts';
export { TRANSLATE_MARKER } from './templates.ts';
