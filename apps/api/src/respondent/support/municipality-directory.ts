import { Injectable } from '@nestjs/common';
import type { MunicipalityOption } from '@stemme/respondent-form';
import { RegisterService, type CodeResolver } from '@stemme/register';

export interface Municipalities {
  options: MunicipalityOption[];
  current: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  resolve: CodeResolver;
}

/** The register as the form needs it, read once: it changes only with a migration (and a restart). */
@Injectable()
export class MunicipalityDirectory {
  private loading: Promise<Municipalities> | undefined;

  constructor(private readonly register: RegisterService) {}

  get(): Promise<Municipalities> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<Municipalities> {
    const [all, resolve] = await Promise.all([this.register.listMunicipalities(), this.register.codeResolver()]);
    const options = all
      .map((municipality) => ({ code: municipality.code, name: municipality.name, countyName: municipality.countyName }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    return { options, current: new Set(all.map((m) => m.code)), names: new Map(all.map((m) => [m.code, m.name])), resolve };
  }
}
