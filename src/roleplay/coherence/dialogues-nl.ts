import type { Dialogue } from './dialogue.ts';

// Conversations as a Dutch-speaking leader would hold them, one per library scenario: what the persona
// must answer next is written beside every reply.

export const DUTCH_DIALOGUES: Dialogue[] = [
  {
    scenario: 'nee-zeggen-extra-project',
    steps: [
      {
        say: 'Nee Marco, de koppeling per 1 juni gaat mijn team niet bouwen. We zitten tot de zomer vol.',
        expect: 'core',
      },
      {
        say: 'Ik zie dat je hier flink van baalt, en dat je onder druk staat van Ingrid.',
        expect: 'acknowledgement',
      },
      { say: 'Wat heb je Bakker precies beloofd?', expect: 'question' },
      {
        say: 'Ik zie dat je hier flink van baalt, en dat je onder druk staat van Ingrid.',
        expect: 'repetition',
      },
      {
        say: 'Zullen we morgen om negen uur samen naar Ingrid gaan om een haalbare datum te bespreken?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'nee-zeggen-teamleidersrol',
    steps: [
      {
        say: 'Nee Fatima, het is Koen geworden. Hij is sterker in coachen en loslaten; in jouw projecten neem je het werk vaak zelf over.',
        expect: 'core',
      },
      { say: 'Ik kan me voorstellen dat dit hard aankomt na negen jaar.', expect: 'acknowledgement' },
      { say: 'Wat zou jij zelf willen als volgende stap?', expect: 'question' },
      { say: 'Ik kan me voorstellen dat dit hard aankomt na negen jaar.', expect: 'repetition' },
      {
        say: 'Zullen we volgende week donderdag een uur nemen om over jouw ontwikkeling te praten?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'nee-leverancier-prijsverhoging',
    steps: [
      {
        say: 'Erik, die twaalf procent gaan we niet betalen. Dat kan ik niet verantwoorden.',
        expect: 'core',
      },
      {
        say: 'Ik snap dat je klem zit met diesel en lonen, en ik waardeer wat je de afgelopen zeven jaar voor ons gedaan hebt.',
        expect: 'acknowledgement',
      },
      { say: 'Wat zit er eigenlijk achter deze verhoging?', expect: 'question' },
      {
        say: 'Ik snap dat je klem zit met diesel en lonen, en ik waardeer wat je de afgelopen zeven jaar voor ons gedaan hebt.',
        expect: 'repetition',
      },
      {
        say: 'Ik kan je wel een contract voor drie jaar bieden tegen vier procent. Wat vind je daarvan?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'boze-klant-gemiste-levering',
    steps: [
      {
        say: 'Je hebt gelijk, Hanneke. Het spijt me: wij hebben jullie te laat gewaarschuwd, en dat is mijn verantwoordelijkheid.',
        expect: 'core',
      },
      {
        say: 'Ik snap dat je woedend bent, zeker omdat je het van je eigen inkoper moest horen.',
        expect: 'acknowledgement',
      },
      { say: 'Wat heeft die stilstand jullie gekost?', expect: 'question' },
      {
        say: 'Ik snap dat je woedend bent, zeker omdat je het van je eigen inkoper moest horen.',
        expect: 'repetition',
      },
      {
        say: 'Ik stuur je morgen om negen uur een overzicht van alle leveringen voor de komende twee weken. Is dat goed?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'er-zijn-stervende-vader',
    steps: [
      { say: 'Wat naar, Sander. Dat je vader in het hospice ligt, dat is heftig.', expect: 'core' },
      { say: 'Hoe gaat het nu met je?', expect: 'question' },
      { say: 'Wat heb je nodig van mij, de komende tijd?', expect: 'question' },
      { say: 'Wat heb je nodig van mij, de komende tijd?', expect: 'repetition' },
      {
        say: 'Ik regel dat iemand anders de oplevering van vrijdag overneemt, dan hoef jij je daar geen zorgen over te maken.',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'excuses-uitval-in-overleg',
    steps: [
      {
        say: 'Joris, het spijt me dat ik maandag zo tegen je uitviel, waar iedereen bij was. Dat was niet oké, en de fout in de cijfers lag deels bij mij.',
        expect: 'core',
      },
      { say: 'Dat moet vervelend voor je zijn geweest, zo voor het hele team.', expect: 'acknowledgement' },
      { say: 'Hoe is het nu met je?', expect: 'question' },
      { say: 'Dat moet vervelend voor je zijn geweest, zo voor het hele team.', expect: 'repetition' },
      {
        say: 'Ik wil in het overleg van maandag tegen het team zeggen dat de fout bij mij lag. Is dat goed?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'feedback-senior-onderbreekt',
    steps: [
      {
        say: 'Ruud, ik waardeer je ervaring echt. Tegelijk zie ik in het overleg dat je jongere collega’s vaak onderbreekt.',
        expect: 'acknowledgement',
      },
      { say: 'Hoe beleef jij het overleg zelf?', expect: 'question' },
      { say: 'Wat heb je nodig om je ervaring op een andere manier in te brengen?', expect: 'question' },
      { say: 'Wat heb je nodig om je ervaring op een andere manier in te brengen?', expect: 'repetition' },
      {
        say: 'Zullen we afspreken dat je dinsdag iedereen laat uitpraten en dan pas reageert?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'feedback-slordig-rapport',
    steps: [
      {
        say: 'Lotte, die analyse van de achterstanden is echt sterk werk, daar mag je trots op zijn.',
        expect: 'acknowledgement',
      },
      { say: 'Hoe is het zo gekomen dat er in de tabellen zoveel fouten staan?', expect: 'question' },
      { say: 'Wat heb je nodig om het vrijdag foutloos klaar te hebben?', expect: 'question' },
      { say: 'Wat heb je nodig om het vrijdag foutloos klaar te hebben?', expect: 'repetition' },
      { say: 'Zullen we donderdag om twee uur samen de tabellen doorlopen?', expect: 'proposal' },
    ],
  },
  {
    scenario: 'mentoren-stille-teamgenoot',
    steps: [
      {
        say: 'Daan, ik waardeer hoe zorgvuldig jij gebruikers interviewt. Dat zie ik terug in het werk van het hele team.',
        expect: 'acknowledgement',
      },
      { say: 'Wat vind je zelf het leukst aan je werk?', expect: 'question' },
      { say: 'Waar wil je over een jaar staan?', expect: 'question' },
      { say: 'Waar wil je over een jaar staan?', expect: 'repetition' },
      {
        say: 'Zullen we afspreken dat je volgende dinsdag je onboarding-idee presenteert, en dat we het maandag samen voorbereiden?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'oneens-lanceerdatum',
    steps: [
      {
        say: 'Nee Monique, we zijn niet klaar voor 1 maart. De betaalmodule heeft nog twee kritieke lekken.',
        expect: 'core',
      },
      {
        say: 'Ik snap dat je onder druk staat van de raad, en dat dit slecht nieuws is.',
        expect: 'acknowledgement',
      },
      { say: 'Wat gebeurt er als we de lancering uitstellen?', expect: 'question' },
      {
        say: 'Ik snap dat je onder druk staat van de raad, en dat dit slecht nieuws is.',
        expect: 'repetition',
      },
      {
        say: 'Ik stel voor dat we op 1 maart lanceren zonder betaalfunctie en die drie weken later aanzetten. Wat vind je daarvan?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'vergeven-over-je-hoofd-heen',
    steps: [
      { say: 'Dank je dat je het zelf komt zeggen, Bas. Dat waardeer ik.', expect: 'acknowledgement' },
      { say: 'Waarom ging je eigenlijk naar Willem?', expect: 'question' },
      {
        say: 'Ik had beter moeten luisteren toen je zei dat de planning niet haalbaar was. Dat ligt ook bij mij.',
        expect: 'core',
      },
      {
        say: 'Ik had beter moeten luisteren toen je zei dat de planning niet haalbaar was. Dat ligt ook bij mij.',
        expect: 'repetition',
      },
      { say: 'Zullen we elke maandag even samen de planning doorlopen?', expect: 'proposal' },
    ],
  },
];
