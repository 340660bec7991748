import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ChartThreadPool } from './chart-renderer';

/** The worker's one pool of chart threads, shared by the exports it runs; stopped with the app. */
@Injectable()
export class ChartPoolService extends ChartThreadPool implements OnModuleDestroy {
  constructor() {
    super();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }
}
