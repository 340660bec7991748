import type { PublishedSurvey } from './surveys';

/** Makes a batch of invitation codes for a link through the API and reads the CSV back. */
export async function invitationCodes(survey: PublishedSurvey, linkId: string, count: number): Promise<{ batchId: string; codes: string[]; csv: string }> {
  const response = await survey.designer
    .post(`/api/links/${linkId}/invitation-batches`)
    .send({ count, label: 'Brev' })
    .buffer(true)
    .parse((res, callback) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => callback(null, text));
    });
  if (response.status !== 201) throw new Error(`Making codes failed: ${response.status} ${JSON.stringify(response.body)}`);
  const csv = response.body as string;
  const codes = csv.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
  return { batchId: response.headers['x-invitation-batch-id'], codes, csv };
}
