import type { Page } from '../definition/types';
import { agreement, CHOOSE_SEVERAL, multipleChoice, singleChoice, texts, YES_NO_DONT_KNOW } from './demo-builders';

export const servicesPage: Page = {
  id: 'services',
  title: texts('Hjelpen fra kommunen', 'Help from the municipality'),
  questions: [
    multipleChoice(
      'q01_services',
      'Hvilken hjelp får du fra kommunen nå?',
      'What help do you get from the municipality now?',
      [
        [1, 'Hjelp med rus', 'Help with alcohol or drugs'],
        [2, 'Hjelp med psykisk helse', 'Help with mental health'],
        [3, 'Hjelp i hjemmet', 'Help at home'],
        [4, 'Hjelp til å finne et sted å bo', 'Help to find a place to live'],
        [5, 'Hjelp til jobb eller aktivitet', 'Help with work or activities'],
        [6, 'Samtaler', 'Talks with someone'],
        [7, 'Annen hjelp', 'Other help'],
      ],
      { help: CHOOSE_SEVERAL, required: true },
    ),
    singleChoice('q02_duration', 'Hvor lenge har du fått hjelp fra kommunen?', 'How long have you had help from the municipality?', [
      [1, 'Under 3 måneder', 'Less than 3 months'],
      [2, '3 til 12 måneder', '3 to 12 months'],
      [3, '1 til 2 år', '1 to 2 years'],
      [4, 'Mer enn 2 år', 'More than 2 years'],
    ]),
    singleChoice('q03_contact_frequency', 'Hvor ofte møter du de som hjelper deg?', 'How often do you meet the people who help you?', [
      [1, 'Hver dag', 'Every day'],
      [2, 'Hver uke', 'Every week'],
      [3, 'Hver måned', 'Every month'],
      [4, 'Sjeldnere', 'Less often'],
    ]),
    singleChoice(
      'q04_admitted',
      'Har du vært innlagt for rus eller psykisk helse det siste året?',
      'Have you stayed in a hospital or clinic for alcohol, drugs or mental health in the past year?',
      YES_NO_DONT_KNOW,
    ),
  ],
};

export const accessPage: Page = {
  id: 'access',
  title: texts('Å få hjelp', 'Getting help'),
  questions: [
    agreement('q05_easy_to_get_help', 'Det var lett å få hjelp da jeg trengte det.', 'It was easy to get help when I needed it.'),
    agreement('q06_short_wait', 'Jeg måtte ikke vente lenge på hjelp.', 'I did not have to wait long for help.'),
    singleChoice('q07_first_wait', 'Hvor lenge ventet du fra du ba om hjelp til du fikk den?', 'How long did you wait from asking for help until you got it?', [
      [1, 'Under 1 uke', 'Less than 1 week'],
      [2, '1 til 4 uker', '1 to 4 weeks'],
      [3, '1 til 3 måneder', '1 to 3 months'],
      [4, 'Mer enn 3 måneder', 'More than 3 months'],
      [9, 'Husker ikke', 'I don’t remember'],
    ]),
    agreement('q08_know_where', 'Jeg vet hvor jeg kan få hjelp.', 'I know where I can get help.'),
    agreement('q09_reach_staff', 'Jeg får tak i de som hjelper meg når jeg trenger det.', 'I can reach the people who help me when I need to.'),
    agreement('q10_open_when_needed', 'Jeg kan få hjelp på de tidene jeg trenger det.', 'I can get help at the times I need it.'),
    agreement('q11_easy_to_get_there', 'Det er lett å komme seg dit jeg får hjelp.', 'It is easy to get to the place where I get help.'),
  ],
};
