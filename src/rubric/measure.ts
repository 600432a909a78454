// A quick in-process measurement of the heuristic scorer (run: npx tsx src/rubric/measure.ts).
// Not a test: timings depend on the machine. Prints the median µs per reply and the ratio to a pass
// that only splits the same text into words.
import { scoreHeuristic } from './heuristic.ts';
import { words } from './text.ts';

const REPLY =
  "I can hear you're in a tight spot, Mark, and I get that you don't want to let Hartley down. But my answer is no: my team is full with the migration until the end of June and we are two people short. What I can do is come with you to Helen tomorrow at ten and work out what's realistic for the client. What exactly did you promise Hartley, and when do they need an answer?";

function median(run: () => void, rounds = 31, perRound = 200): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) run();
    times.push(((performance.now() - start) * 1000) / perRound);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const input = {
  reply: REPLY,
  language: 'en' as const,
  history: [{ role: 'persona' as const, content: 'Can you do it by June?' }],
};
for (let i = 0; i < 500; i++) scoreHeuristic(input);
const score = median(() => scoreHeuristic(input));
const baseline = median(() => words(REPLY));
console.log(`reply: ${REPLY.length} chars`);
console.log(
  `heuristic: ${score.toFixed(1)} µs/reply (median), baseline word split: ${baseline.toFixed(2)} µs, ratio ${(score / baseline).toFixed(1)}×`,
);
