import { describe, expect, it } from 'vitest';
import type { Language } from '../ids.ts';
import { analysisText } from '../text.ts';
import { detectSignals } from './detect.ts';
import type { SignalId } from './signals.ts';

// Pressure put politely (`pressure.ts`), in wordings of its own in both languages: each shape fires, and
// the sincere look-alike that shares its frame but not its word class does not.

const ids = (reply: string, language: Language) =>
  new Set(detectSignals(analysisText(reply), [language]).map((signal) => signal.id));

// [reply, language, the harm that must be read (undefined: none of them)]
type Row = [string, Language, SignalId | undefined];
const HARMS: SignalId[] = ['threatens', 'dismisses', 'contempt'];

const ROWS: Row[] = [
  // A consequence for the other's standing, said as the speaker's regret: a veiled threat.
  ["I'd really hate for this to end up in your appraisal.", 'en', 'threatens'],
  ['It would be a shame if this came up at your performance review.', 'en', 'threatens'],
  ['Ik zou het jammer vinden als dit straks in je dossier belandt.', 'nl', 'threatens'],
  ['Het zou zonde zijn als dit je beoordeling gaat kleuren.', 'nl', 'threatens'],
  // The same regret over the other's feelings, or over the work: sincere.
  ["I'd hate for you to feel alone in this.", 'en', undefined],
  ['It would be a shame to lose the good work you did on the analysis.', 'en', undefined],
  ['Ik zou het jammer vinden als je je hierin alleen voelt.', 'nl', undefined],
  ['Het zou zonde zijn als al dat goede werk verloren gaat.', 'nl', undefined],
  // A benefit the speaker would find hard to keep up, on a condition of the other's.
  [
    'If the calls keep going like this, it will be hard for me to keep you on the priority list.',
    'en',
    'threatens',
  ],
  ['Als dit zo doorgaat, wordt het voor mij lastig om jullie nog als eerste te helpen.', 'nl', 'threatens'],
  ["It's hard for me to say this, but the report isn't ready.", 'en', undefined],
  ['Het is voor mij lastig om dit te zeggen, maar het rapport is nog niet klaar.', 'nl', undefined],
  // The other's mind claimed and pressed with a tag.
  ['You do see why it has to be this way, right?', 'en', 'dismisses'],
  ["You understand that Friday comes first, don't you?", 'en', 'dismisses'],
  ['Dat snap je toch wel?', 'nl', 'dismisses'],
  ['Je begrijpt toch wel dat vrijdag voorgaat?', 'nl', 'dismisses'],
  // A door held open, or a real question: no pressure.
  ["You do know you can call me, don't you?", 'en', undefined],
  ['Do you see a way to make Friday work?', 'en', undefined],
  ['Je weet toch dat je me altijd kunt bellen?', 'nl', undefined],
  ['Zie jij een manier om vrijdag te halen?', 'nl', undefined],
  // What the other is claimed to have believed about themselves, with a tag that expects the no.
  ["You didn't honestly expect you'd lead the team, did you?", 'en', 'dismisses'],
  ['Je dacht toch niet serieus dat jij die rol zou krijgen?', 'nl', 'dismisses'],
  // The same tag over what the other thought of the speaker: warmth, not a put-down.
  ["You didn't think I'd forgotten your birthday, did you?", 'en', undefined],
  ['Je dacht toch niet dat ik je vergeten was?', 'nl', undefined],
  // An offer that outdoes the other's ask with a perk: mockery.
  ["Fifteen percent? Why don't we add a yacht for you while we're at it?", 'en', 'contempt'],
  ['Vijftien procent? Zullen we er voor jou ook nog een vakantie bij doen?', 'nl', 'contempt'],
  // A real offer of more names the work.
  ['Shall I send you the updated figures as well?', 'en', undefined],
  ['Zal ik je de nieuwe cijfers er ook meteen bij sturen?', 'nl', undefined],
  // The other told how to feel about their loss, or how to carry it.
  ["You'll be glad for her, I'm sure.", 'en', 'dismisses'],
  ['I trust you will take it on the chin.', 'en', 'dismisses'],
  ['Be the bigger person about it, okay?', 'en', 'dismisses'],
  ['Je zult blij zijn voor Ben, jullie werken zo fijn samen.', 'nl', 'dismisses'],
  ['Ik reken erop dat je het sportief opvat.', 'nl', 'dismisses'],
  ['Dus laten we het vooral gezellig houden.', 'nl', 'dismisses'],
  // A forecast of how well they will do, or leave not to feel anything: sincere.
  ["You'll be great in that role, I'm sure.", 'en', undefined],
  ["You don't have to be happy for him today.", 'en', undefined],
  ['Je wordt vast een prima teamleider, daar ben ik zeker van.', 'nl', undefined],
  ['Je hoeft echt niet blij te zijn voor Ben vandaag.', 'nl', undefined],
  // A negation ends at its clause: a "but" with a subject of its own prescribes all the same.
  ["It didn't go your way this time but you'll be pleased for Sam, I'm sure.", 'en', 'dismisses'],
  ['Het is niet jouw project geworden, maar je gunt het Ben vast wel.', 'nl', 'dismisses'],
  ['Het is niet jouw project geworden maar je gunt het Ben vast wel.', 'nl', 'dismisses'],
  ["I don't expect you'll be happy for Sam today, and that's fine.", 'en', undefined],
  ['Ik verwacht niet dat je het Ben nu al gunt, en dat hoeft ook niet.', 'nl', undefined],
  // A motive laid on the other.
  ["Let's be honest, this is all about your bonus.", 'en', 'contempt'],
  ["You're banking on us not having the time to switch suppliers.", 'en', 'contempt'],
  ['Het gaat je eigenlijk alleen om hoe het eruitziet bij de directie.', 'nl', 'contempt'],
  ['Jullie rekenen er gewoon op dat wij niet zo snel kunnen overstappen.', 'nl', 'contempt'],
  // Asking what it is about, or counting on the speaker for something: no motive laid.
  ['What is this really about for you?', 'en', undefined],
  ["I know you're counting on us for Friday.", 'en', undefined],
  ['Waar gaat het jou eigenlijk om?', 'nl', undefined],
  ['Ik weet dat jullie erop rekenen dat wij vrijdag leveren.', 'nl', undefined],
];

describe('pressure put politely', () => {
  it.each(ROWS)('%s (%s)', (reply, language, harm) => {
    const found = ids(reply, language);
    if (harm) expect(found).toContain(harm);
    else for (const id of HARMS) expect(found).not.toContain(id);
  });
});
