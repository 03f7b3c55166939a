// Gentle writing prompts, drawn from the recovery approach: strengths, what helped, hope,
// connection and small steps. Questions only, never instructions; nothing that asks the person
// to go over what hurts unless they choose to.

export const prompts = [
	'What helped today, even a little?',
	'Something I did well this week.',
	'A strength I used today, and how.',
	'What am I looking forward to?',
	'Who or what made me smile recently?',
	'A small step I took towards something that matters to me.',
	'What would I like more of in my life?',
	'Something I’m grateful for right now.',
	'What does a good day look like for me?',
	'A time I got through something hard. What helped me then?',
	'What do I want my support worker to know?',
	'One thing I can do tomorrow to look after myself.',
	'What am I proud of, big or small?',
	'Where do I feel most like myself?',
	'A hope I have for the next few months.',
	'What has changed for the better since I started this journal?'
] as const;
