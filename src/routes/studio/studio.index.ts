import { requireScope } from '../../auth/scopes.ts';
import { fileRef, parseFileRef, type Studio } from '../../studio/index.ts';
import { createRouter } from '../create-router.ts';
import {
  checkFile,
  createTemplate,
  getFile,
  getSchema,
  listFiles,
  previewTurn,
  saveFile,
  startPreview,
} from './studio.routes.ts';

/** The scenario studio's API; every route needs the `author` scope (the path gate asks it too). */
export function createStudioRoutes(studio: Studio) {
  const router = createRouter();
  router.use('/v1/studio/*', requireScope('author'));
  return router
    .openapi(listFiles, async (c) => c.json({ files: await studio.list() }, 200))
    .openapi(getFile, async (c) => {
      const { language, name } = c.req.valid('param');
      return c.json(await studio.read(fileRef(language, name)), 200);
    })
    .openapi(checkFile, async (c) => {
      const { text, file } = c.req.valid('json');
      return c.json(
        await studio.check(text, file === undefined ? undefined : parseFileRef(file, 'file')),
        200,
      );
    })
    .openapi(saveFile, async (c) => {
      const { language, name } = c.req.valid('param');
      return c.json(await studio.save(fileRef(language, name), c.req.valid('json')), 200);
    })
    .openapi(createTemplate, async (c) => {
      const input = c.req.valid('json');
      if (input.kind === 'new') {
        const { kind: _, ...options } = input;
        return c.json(studio.newTemplate(options), 200);
      }
      return c.json(await studio.translationTemplate(input), 200);
    })
    .openapi(getSchema, (c) => c.json(studio.schema(), 200))
    .openapi(startPreview, (c) =>
      c.json(studio.previews.start(c.var.tenantId, c.req.valid('json').text), 201),
    )
    .openapi(previewTurn, async (c) => {
      const { previewId } = c.req.valid('param');
      const { reply } = c.req.valid('json');
      return c.json(await studio.previews.turn(c.var.tenantId, previewId, reply, c.req.raw.signal), 200);
    });
}
