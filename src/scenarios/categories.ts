// What each kind of conversation is, for authors: shown by editors from the JSON Schema.
import type { Localised } from '../rubric/criteria.ts';
import type { Category } from './vocabulary.ts';

export type CategoryInfo = {
  name: Localised;
  description: Localised;
  /** A situation of this kind, as a briefing might open. */
  example: Localised;
};

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  'saying-no': {
    name: { en: 'Saying no', nl: 'Nee zeggen' },
    description: {
      en: 'Refusing a request without breaking the relationship: a real no, with room for what is possible instead.',
      nl: 'Een verzoek weigeren zonder de relatie te breken: een echt nee, met ruimte voor wat wel kan.',
    },
    example: {
      en: 'A peer manager wants your full team for a client project while you are already overloaded.',
      nl: 'Een collega-manager wil je hele team voor een klantproject, terwijl jullie al overvol zitten.',
    },
  },
  apologising: {
    name: { en: 'Apologising', nl: 'Sorry zeggen' },
    description: {
      en: 'Owning a mistake of your own and its effect on the other, without excuses, and putting it right.',
      nl: 'Een eigen fout en het effect ervan op de ander erkennen, zonder smoesjes, en het goedmaken.',
    },
    example: {
      en: 'You snapped at a team member in front of everyone in yesterday’s meeting.',
      nl: 'Je viel gisteren in het overleg waar iedereen bij was uit tegen een teamlid.',
    },
  },
  forgiving: {
    name: { en: 'Forgiving', nl: 'Vergeven' },
    description: {
      en: 'Accepting an apology for real, naming what it did to you, and agreeing how to go on.',
      nl: 'Een excuus echt aanvaarden, benoemen wat het met je deed en afspreken hoe jullie verdergaan.',
    },
    example: {
      en: 'A colleague went over your head to your director and now comes to apologise.',
      nl: 'Een collega stapte buiten jou om naar je directeur en komt nu excuses aanbieden.',
    },
  },
  'giving-feedback': {
    name: { en: 'Giving feedback', nl: 'Feedback geven' },
    description: {
      en: 'Naming specific behaviour and its effect, inviting the other’s view, and agreeing what changes.',
      nl: 'Concreet gedrag en het effect ervan benoemen, de kijk van de ander vragen en afspreken wat er verandert.',
    },
    example: {
      en: 'A report you rely on came in late and full of errors.',
      nl: 'Een rapport waar je op rekent, kwam te laat binnen en zat vol fouten.',
    },
  },
  disagreeing: {
    name: { en: 'Disagreeing', nl: 'Het oneens zijn' },
    description: {
      en: 'Holding a different view openly and firmly without attacking the person or harming the relationship.',
      nl: 'Open en stevig een andere mening houden, zonder de persoon aan te vallen of de relatie te schaden.',
    },
    example: {
      en: 'Your manager wants to launch on a date you believe is unsafe.',
      nl: 'Je leidinggevende wil lanceren op een datum die jij onverantwoord vindt.',
    },
  },
  'being-present': {
    name: { en: 'Being there for someone', nl: 'Er zijn voor iemand' },
    description: {
      en: 'Being present for someone who suffers: listening, naming what they feel, offering support without fixing.',
      nl: 'Aanwezig zijn voor iemand die lijdt: luisteren, benoemen wat diegene voelt, steun bieden zonder op te lossen.',
    },
    example: {
      en: 'Joost, one of your team, tells you his father is dying.',
      nl: 'Joost, een van je teamleden, vertelt je dat zijn vader stervende is.',
    },
  },
  mentoring: {
    name: { en: 'Mentoring', nl: 'Mentor zijn' },
    description: {
      en: 'Helping someone grow: asking rather than telling, inviting ownership, offering support.',
      nl: 'Iemand helpen groeien: vragen in plaats van vertellen, uitnodigen tot eigenaarschap, steun bieden.',
    },
    example: {
      en: 'Ayla never speaks up in meetings and you want to help her find her voice.',
      nl: 'Ayla zegt nooit iets in overleggen en je wilt haar helpen zich te laten horen.',
    },
  },
  stakeholder: {
    name: { en: 'Stakeholders', nl: 'Stakeholders' },
    description: {
      en: 'Hard conversations with clients, suppliers and other partners outside the team.',
      nl: 'Lastige gesprekken met klanten, leveranciers en andere partijen buiten het team.',
    },
    example: {
      en: 'An angry client calls about a delivery your team missed.',
      nl: 'Een boze klant belt over een levering die jouw team heeft gemist.',
    },
  },
  'delivering-bad-news': {
    name: { en: 'Delivering bad news', nl: 'Slecht nieuws brengen' },
    description: {
      en: 'Telling someone news that will hurt them: straight away and clearly, then staying with their reaction.',
      nl: 'Iemand nieuws brengen dat pijn doet: meteen en duidelijk, en daarna blijven bij hoe diegene reageert.',
    },
    example: {
      en: 'You have to tell Sanne that her job will disappear in the reorganisation.',
      nl: 'Je moet Sanne vertellen dat haar functie verdwijnt bij de reorganisatie.',
    },
  },
  'addressing-underperformance': {
    name: { en: 'Addressing underperformance', nl: 'Onderpresteren bespreken' },
    description: {
      en: 'Raising work that falls short, with facts and without blame, finding out what lies behind it and agreeing what has to change and by when.',
      nl: 'Werk dat tekortschiet aankaarten, met feiten en zonder verwijt, uitzoeken wat erachter zit en afspreken wat er moet veranderen, en wanneer.',
    },
    example: {
      en: 'For three months a once-strong team member has missed deadlines and made the same mistakes.',
      nl: 'Een teamlid dat altijd sterk was, mist al drie maanden deadlines en maakt steeds dezelfde fouten.',
    },
  },
};
