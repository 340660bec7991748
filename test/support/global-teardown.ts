import { dropDatabase } from './databases';

export default async function globalTeardown(): Promise<void> {
  if (process.env.STEMME_TEST_TEMPLATE) await dropDatabase(process.env.STEMME_TEST_TEMPLATE);
}
