// What each kind of conversation is, for authors: shown by editors from the JSON Schema.
import type { Localised } from '../rubric/criteria.ts';
import type { MoveId } from '../rubric/ids.ts';
import type { Category } from '../vocabulary.ts';

export type CategoryInfo = {
  name: Localised;
  description: Localised;
  /** A situation of this kind, as a briefing might open. */
  example: Localised;
  /** The acts a scenario of this kind usually asks for, about the example: `scenarios:new` offers them as hints. */
  acts: {
    core: Localised;
    /** A phrase that does the core act. */
    words: Localised;
    /** Moves of the rubric that do the core act; none when only its words can say it (the news itself). */
    moves: MoveId[];
    mustNot: Localised;
    mustNotMoves: MoveId[];
  };
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
    acts: {
      core: { en: 'Say no to the client project', nl: 'Nee zeggen tegen het klantproject' },
      words: { en: "can't take … project on", nl: 'kunnen … project niet' },
      moves: ['clear-no'],
      mustNot: { en: 'Say yes after all', nl: 'Toch ja zeggen' },
      mustNotMoves: ['gives-in'],
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
    acts: {
      core: { en: 'Apologise and name what you did', nl: 'Sorry zeggen en benoemen wat je deed' },
      words: { en: "I'm sorry I snapped", nl: 'het spijt me dat ik … uitviel' },
      moves: ['apology-with-responsibility', 'takes-ownership'],
      mustNot: { en: 'Apologise with a but', nl: 'Sorry zeggen met een maar' },
      mustNotMoves: ['apology-with-excuse'],
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
    acts: {
      core: {
        en: 'Say what it did to you, and let it go',
        nl: 'Zeggen wat het met je deed, en het loslaten',
      },
      words: { en: 'I forgive you', nl: 'ik vergeef het je' },
      moves: ['self-disclosure'],
      mustNot: { en: 'Attach conditions to the forgiveness', nl: 'Voorwaarden aan het vergeven hangen' },
      mustNotMoves: [],
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
    acts: {
      core: {
        en: 'Name what is wrong in the report and what it causes',
        nl: 'Benoemen wat er mis is in het rapport en wat dat veroorzaakt',
      },
      words: { en: "the figures in … don't add up", nl: 'de cijfers in … kloppen niet' },
      moves: [],
      mustNot: {
        en: 'Judge the person instead of the work',
        nl: 'De persoon beoordelen in plaats van het werk',
      },
      mustNotMoves: ['absolutes'],
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
    acts: {
      core: {
        en: 'Say you disagree with the date, and why',
        nl: 'Zeggen dat je het oneens bent met de datum, en waarom',
      },
      words: { en: 'not safe to launch', nl: 'niet verantwoord om … te lanceren' },
      moves: ['clear-no'],
      mustNot: { en: 'Go along with it after all', nl: 'Er toch in meegaan' },
      mustNotMoves: ['gives-in'],
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
    acts: {
      core: {
        en: 'Stop at what is happening to Joost before talking about work',
        nl: 'Stilstaan bij wat Joost overkomt, voordat het over werk gaat',
      },
      words: { en: 'how are you holding up', nl: 'hoe gaat het met jou' },
      moves: ['condolence', 'acknowledges-feeling'],
      mustNot: { en: 'Cheer him up or make it smaller', nl: 'Hem opbeuren of het kleiner maken' },
      mustNotMoves: ['dismisses'],
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
    acts: {
      core: {
        en: 'Ask what she wants before giving any advice',
        nl: 'Vragen wat zij wil, voordat je advies geeft',
      },
      words: { en: 'what would help you', nl: 'wat zou jou helpen' },
      moves: ['open-question', 'invites-ownership'],
      mustNot: { en: 'Tell her what to do', nl: 'Haar vertellen wat ze moet doen' },
      mustNotMoves: [],
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
    acts: {
      core: { en: 'Own the missed delivery', nl: 'De gemiste levering als jullie fout erkennen' },
      words: { en: "that's on us", nl: 'dat ligt bij ons' },
      moves: ['apology-with-responsibility', 'takes-ownership'],
      mustNot: { en: "Promise what you can't guarantee", nl: 'Beloven wat je niet kunt waarmaken' },
      mustNotMoves: [],
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
    acts: {
      core: {
        en: 'Tell Sanne in your first sentences that her job will go',
        nl: 'Sanne in je eerste zinnen vertellen dat haar functie verdwijnt',
      },
      words: { en: 'your job … will disappear', nl: 'je functie … verdwijnt' },
      moves: [],
      mustNot: { en: 'Wrap the news in a maybe', nl: 'Het nieuws verpakken in een misschien' },
      mustNotMoves: [],
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
    acts: {
      core: {
        en: 'Name the missed deadlines and mistakes, with an example',
        nl: 'De gemiste deadlines en fouten benoemen, met een voorbeeld',
      },
      words: { en: 'missed … deadline', nl: 'deadline … gemist' },
      moves: [],
      mustNot: { en: 'Label him as lazy or careless', nl: 'Hem wegzetten als lui of slordig' },
      mustNotMoves: ['absolutes', 'blames'],
    },
  },
};
