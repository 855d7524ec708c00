/**
 * The correction form's own texts, loaded with the form (the panel's button and the e-mail lines are in the main
 * catalogues, nl.ts and en.ts, which every embed loads).
 */
import { countFormatter } from './format.js';

const nlCount = countFormatter('.');
const enCount = countFormatter(',');

const nl = {
  title: 'Wijziging doorgeven',
  intro: (naam: string) => `Wat klopt er niet aan “${naam}”? Je wijziging gaat naar de beheerders van deze kaart.`,
  field: 'Wat klopt er niet?',
  fields: {
    naam: 'Naam van de route',
    beschrijving: 'Beschrijving',
    soort: 'Soort route',
    school: 'vmbo-school',
    plaats: 'Plaats van de school',
    brin: 'BRIN van de vmbo-school',
    locatie: 'Plek op de kaart',
    arbeidsmarktregio: 'Arbeidsmarktregio van de school',
    arbeidsmarktregios: "Arbeidsmarktregio's waar de route actief is",
    profielen: 'Profielen',
    niveaus: 'Niveaus',
    startjaar: 'Startjaar',
    vmboScholen: 'Betrokken vmbo-scholen',
    mboInstellingen: 'Betrokken mbo-instellingen',
    contact: 'Contactpersoon',
    website: 'Website',
    anders: 'Iets anders, of er ontbreekt iets',
  },
  current: 'Nu op de kaart:',
  empty: '(leeg)',
  proposed: 'Wat moet het zijn?',
  proposedHint: 'Schrijf de juiste tekst, of wat er ontbreekt.',
  naam: 'Je naam (niet verplicht)',
  email: 'Je e-mailadres (niet verplicht)',
  privacy: (host: string) =>
    `Wat je invult gaat alleen naar ${host}, om de routes bij te werken. Met je e-mailadres kunnen de beheerders je een vraag stellen over je wijziging; het komt niet op de kaart.`,
  send: 'Verstuur wijziging',
  sending: 'Bezig met versturen…',
  cancel: 'Annuleren',
  proposedMissing: 'Vul in wat het moet zijn.',
  tooLong: (max: number) => `Dit is te lang: hoogstens ${nlCount(max)} tekens.`,
  emailInvalid: 'Dit is geen e-mailadres. Laat het veld leeg of schrijf het als naam@voorbeeld.nl.',
  fixFirst: (n: number) => `Nog niet verstuurd: ${n === 1 ? 'één veld klopt' : `${n} velden kloppen`} nog niet.`,
  sent: (naam: string) => `Bedankt! Je wijziging voor “${naam}” is verstuurd.`,
  failed: (reason: string) =>
    `Je wijziging is niet verstuurd: ${reason}. Probeer het nog eens, of stuur hem per e-mail.`,
  failedStatus: (status: number) => `de server antwoordde met foutcode ${status}`,
  failedTimeout: (seconds: number) => `de server antwoordde niet binnen ${seconds} seconden`,
  failedNetwork: 'de server was niet bereikbaar',
  failedRedirect: 'de server stuurde door naar een ander adres, en daar sturen we je gegevens niet heen',
  byMail: 'Stuur per e-mail',
};

export type CorrectionTexts = typeof nl;

const en: CorrectionTexts = {
  title: 'Report a correction',
  intro: (naam: string) => `What is wrong with “${naam}”? Your correction goes to the people who keep this map.`,
  field: 'What is wrong?',
  fields: {
    naam: 'Name of the route',
    beschrijving: 'Description',
    soort: 'Type of route',
    school: 'vmbo school',
    plaats: 'Town of the school',
    brin: 'BRIN of the vmbo school',
    locatie: 'Place on the map',
    arbeidsmarktregio: "The school's arbeidsmarktregio",
    arbeidsmarktregios: "Arbeidsmarktregio's where the route is active",
    profielen: 'Profielen',
    niveaus: 'Levels',
    startjaar: 'First year',
    vmboScholen: 'vmbo schools involved',
    mboInstellingen: 'mbo institutions involved',
    contact: 'Contact person',
    website: 'Website',
    anders: 'Something else, or something missing',
  },
  current: 'Now on the map:',
  empty: '(empty)',
  proposed: 'What should it be?',
  proposedHint: 'Write the right text, or what is missing.',
  naam: 'Your name (optional)',
  email: 'Your e-mail address (optional)',
  privacy: (host: string) =>
    `What you fill in goes only to ${host}, to update the routes. With your e-mail address the people who keep the map can ask you about your correction; it is not shown on the map.`,
  send: 'Send correction',
  sending: 'Sending…',
  cancel: 'Cancel',
  proposedMissing: 'Fill in what it should be.',
  tooLong: (max: number) => `This is too long: at most ${enCount(max)} characters.`,
  emailInvalid: 'This is not an e-mail address. Leave the field empty or write it as name@example.com.',
  fixFirst: (n: number) => `Not sent yet: ${n === 1 ? 'one field needs' : `${n} fields need`} fixing.`,
  sent: (naam: string) => `Thank you! Your correction for “${naam}” was sent.`,
  failed: (reason: string) => `Your correction was not sent: ${reason}. Try again, or send it by e-mail.`,
  failedStatus: (status: number) => `the server answered with error code ${status}`,
  failedTimeout: (seconds: number) => `the server did not answer within ${seconds} seconds`,
  failedNetwork: 'the server could not be reached',
  failedRedirect: 'the server redirected to another address, and we do not send your details there',
  byMail: 'Send by e-mail',
};

export const correctionTexts = (lang: string): CorrectionTexts => (lang === 'en' ? en : nl);
