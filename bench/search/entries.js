// Journal entries for the search benchmark: free writing of a few hundred to about 1,500
// characters each, made from sentences a person in recovery might write, drawn by a seeded
// generator so every run writes the same journal. The common word ("walk", and the words it
// starts: walked, walking) runs through many of the sentences; the rare one is planted in only a
// few entries, and no sentence here holds it.

const sentences = [
	'Went for a walk along the river before breakfast and felt the cold wake me up.',
	'Slept badly again, up at three with my thoughts going round and round.',
	'Sam asked how the week had gone and I told the truth for once.',
	'I walked to the shop instead of taking the bus, which felt like a small win.',
	'The walking group met at the park gates; only four of us turned up in the rain.',
	'Mum rang in the evening and we talked for nearly an hour without arguing.',
	'Work was busy and loud and I had to step outside twice to breathe.',
	'I noticed the old pull towards the pub on the way home and kept going.',
	'Made soup from what was left in the fridge, and it was better than it had any right to be.',
	'Took my tablets on time all week, which I have not managed in a while.',
	'A long walk in the afternoon cleared my head more than anything else did today.',
	'Felt flat most of the day, not sad exactly, just grey and slow.',
	'Jo came round with her dog and we walked it round the block twice.',
	'Wrote a list of the things that help, and then actually did two of them.',
	'Could not face the phone call so I sent a message instead, and that was fine.',
	'The garden needs weeding but I sat in it with a cup of tea and let it be.',
	'Noticed my warning signs early this time: not eating, staying in, not answering.',
	'Called the crisis line for the first time in months and the person was kind.',
	'Today was better than yesterday, and yesterday was better than the day before.',
	'I walked past the house where I used to live and felt less than I expected.',
	'The nurse changed my appointment to Thursday, so I have a few more days to think.',
	'Read for an hour in bed, which I have not done since the winter.',
	'Bad headache all morning; a walk and some water helped more than the tablets.',
	'My sister sent photos of the kids and I laughed out loud on the bus.',
	'Spent the evening sorting papers and found letters I had been avoiding for weeks.',
	'Went to the meeting, said nothing, but stayed to the end, and that counts.',
	'The weather turned and the whole town smelled of wet leaves and woodsmoke.',
	'Tried the breathing exercise when my chest went tight, and it helped a little.',
	'Cooked a proper dinner and ate it at the table, not on the sofa.',
	'Tired in a good way after digging at the allotment all afternoon.',
	'Walked up the hill to the bench and watched the trains for a while.',
	'I keep thinking about what Sam said about being kind to myself.',
	'The money worries came back at night, so I wrote them down to look at in daylight.',
	'Got a text from an old friend out of nowhere, and it made my whole week.',
	'Skipped the gym but took the long way home on foot, which is nearly the same.',
	'Cried in the car after the appointment, then felt lighter for the rest of the day.',
	'Fixed the bike chain myself with a video and a lot of swearing.',
	'The new tablets make me sleepy in the afternoons; I need to mention it next time.',
	'Spent the morning at the library, then a slow walk back through the market.',
	'Argued with my brother about nothing and then apologised, which is new for me.',
	'Took the dog out early while the streets were still empty and quiet.',
	'I was anxious before the interview but I went, and I did not fall apart.',
	'Went swimming for the first time in a year; the water was colder than I remembered.',
	'Wanted to cancel on everyone today, and went anyway, and was glad.',
	'A bad night, a worse morning, and then a surprisingly gentle evening.',
	'We walked the coast path as far as the lighthouse and back before dark.',
	'Made a plan for the weekend so the empty hours do not swallow me.',
	'Planted bulbs along the fence; I will not see them until spring.',
	'Noticed I have gone a whole month without a drink, and told no one yet.',
	'The group talked about relapse and I realised I am not the only one scared of it.',
	'Rain all day so I stayed in and did the jigsaw Mum gave me at Christmas.',
	'Had a long bath, put clean sheets on the bed and went to sleep before ten.',
	'Felt restless and on edge, so I walked until my legs were tired.',
	'Talked to my GP about sleep; she listened, which is more than I hoped for.',
	'Finished the course today and they gave us certificates, which made me smile.',
	'Went to see the football with Dad and we did not talk much, but it was nice.',
	'Could feel the low mood coming, so I texted Jo before it got hold of me.',
	'The evening walk by the canal is the best part of most of my days now.',
	'Paid the rent on time for the third month running.',
	'Sat with the feeling instead of running from it, and it passed, slowly.'
];

const titles = [
	'A better day',
	'Hard one',
	'Small wins',
	'Sunday',
	'After the appointment',
	'Notes to myself',
	'Rain',
	'Morning pages',
	'Before bed',
	'Something to remember',
	'Why I keep going',
	'Group night',
	'Tired but okay',
	'A good walk',
	'Letter I will not send',
	'Three things that helped'
];

const moods = ['calm', 'tired', 'hopeful', 'low', 'anxious', 'okay', 'restless', 'proud', ''];

/** What the rare word's sentence says; `{word}` is where it goes. */
const plantedSentence =
	'Saw a {word} on the canal this morning, a flash of blue, and stood still until it had gone.';

/**
 * `count` entries spread evenly over `years` up to now, each `{ at, data }` (`at` in ms, `data`
 * the entry's title, text and mood), with `rareWord` planted in `rarePlanted` of them.
 */
export function journalEntries({ count, years, rareWord, rarePlanted }) {
	const dayMs = 86_400_000;
	const now = Date.now();
	const start = now - years * 365 * dayMs;
	let random = 11;
	const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
	const pick = (list) => list[Math.floor(next() * list.length)];
	// The planted entries, spread through the years rather than together.
	const planted = new Set(
		Array.from({ length: rarePlanted }, (_, n) => Math.floor(((n + 0.3) / rarePlanted) * count))
	);
	const entries = [];
	for (let n = 0; n < count; n++) {
		// From 4 to 18 sentences, in paragraphs of one to four.
		const chosen = Array.from({ length: 4 + Math.floor(next() * 15) }, () => pick(sentences));
		if (planted.has(n))
			chosen.splice(
				Math.floor(next() * chosen.length),
				0,
				plantedSentence.replace('{word}', rareWord)
			);
		const paragraphs = [];
		while (chosen.length) paragraphs.push(chosen.splice(0, 1 + Math.floor(next() * 4)).join(' '));
		const at = start + ((n + next()) / count) * (now - start - dayMs);
		entries.push({
			at: Math.floor(at),
			data: {
				title: next() < 0.6 ? pick(titles) : '',
				text: paragraphs.join('\n\n'),
				mood: pick(moods)
			}
		});
	}
	return entries;
}

/** Whether `word` starts a word in `text`, as the app's search matches ("walk" in "walking"). */
export function startsAWord(text, word) {
	return new RegExp(`(^|[^\\p{L}\\p{N}\\p{M}])${word}`, 'iu').test(text);
}
