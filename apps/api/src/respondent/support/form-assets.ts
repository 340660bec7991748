import { Injectable } from '@nestjs/common';
import { loadFormAssets, type FormAssets } from '@stemme/respondent-form';

export interface AssetUrls {
  cssUrl: string;
  scriptUrl: string;
}

/** The form's stylesheet and script, under names that change with their content (cached for ever). */
@Injectable()
export class FormAssetFiles {
  get(): Promise<FormAssets> {
    return loadFormAssets();
  }

  async urls(): Promise<AssetUrls> {
    const assets = await this.get();
    return { cssUrl: `/s/assets/form.${assets.cssVersion}.css`, scriptUrl: `/s/assets/form.${assets.scriptVersion}.js` };
  }
}
