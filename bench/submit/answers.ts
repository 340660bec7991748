/** Valid, varied answers to the demo questionnaire, made up front so the load generator only adds an id. */
import { korusDemoQuestionnaire, validateAnswers, type Answers } from '@stemme/questionnaire';

const MUNICIPALITIES = ['0301', '4601', '5001', '1103', '3301', '1508', '1806', '4204'];

export function answerSets(count: number, today: string): Answers[] {
  const sets: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const pick = <T>(values: readonly T[]) => values[(i * 7919 + values.length * 31) % values.length];
    const contact = pick([1, 2, 9]);
    const answers: Record<string, Answers[string]> = {
      q01_services: [pick([1, 2, 3]), pick([4, 5, 6, 7])],
      q02_duration: pick([1, 2, 3, 4]),
      q03_contact_frequency: pick([1, 2, 3, 4]),
      q04_admitted: 2,
      q05_easy_to_get_help: pick([1, 2, 3, 4, 5, 9]),
      q06_short_wait: pick([1, 2, 3, 4, 5]),
      q12a_listened_to: pick([2, 3, 4, 5]),
      q12b_say_in_help: pick([1, 3, 5, 9]),
      q16_fits_needs: pick([1, 2, 3, 4, 5]),
      q20_contact_person: contact,
      ...(contact === 1 ? { q21_contact_person_reachable: pick([3, 4, 5]), q22_contact_person_trust: pick([4, 5]) } : {}),
      ...(contact === 2 ? { q23_wants_contact_person: pick([1, 2, 9]) } : {}),
      q24_satisfied_overall: pick([2, 3, 4, 5]),
      q29_daytime: [pick([1, 2, 3])],
      q32_housing: pick([1, 2, 3, 4]),
      q33_happy_with_home: pick([3, 4, 5]),
      q37_municipality: pick(MUNICIPALITIES),
      q38_age: 18 + ((i * 13) % 70),
      q39_gender: pick([1, 2, 3, 9]),
      ...(i % 5 === 0 ? { q41_anything_else: 'Takk for at dere spør. Det hjelper å bli hørt.' } : {}),
    };
    const problems = validateAnswers(korusDemoQuestionnaire, answers, { language: 'nb', today });
    if (problems.length) throw new Error(`Benchmark answers are not valid: ${JSON.stringify(problems)}`);
    sets.push(answers);
  }
  return sets;
}
