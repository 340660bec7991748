import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@stemme/platform';
import type { Response } from 'express';
import { FormAssetFiles } from '../support/form-assets';

const ASSET_NAME = /^form\.([0-9a-f]{12})\.(css|js)$/;

/** The stylesheet and the script of the respondent pages; their names carry a content hash. */
@ApiExcludeController()
@Controller('s/assets')
@Public()
export class FormAssetsController {
  constructor(private readonly assets: FormAssetFiles) {}

  @Get(':name')
  async asset(@Param('name') name: string, @Res() response: Response): Promise<void> {
    const assets = await this.assets.get();
    const match = ASSET_NAME.exec(name);
    const [version, body, type] =
      match?.[2] === 'css' ? [assets.cssVersion, assets.css, 'text/css'] : match?.[2] === 'js' ? [assets.scriptVersion, assets.script, 'text/javascript'] : [];
    if (!match || match[1] !== version || body === undefined) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.status(200).type(`${type}; charset=utf-8`).send(body);
  }
}
