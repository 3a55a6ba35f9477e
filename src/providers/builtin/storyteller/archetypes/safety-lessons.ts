import type { Archetype } from '../archetype.ts';
import { isSafetyLesson } from '../../../../safety/find-safety-lesson.ts';

/**
 * Kiln's own safety stories (see find-safety-lesson.ts): a parent asks for one, and only the hero comes
 * from the idea. Each tells the lesson the way children's safety books do, calmly and without showing
 * the danger: a grown-up the hero trusts explains the rule, the hero practises it, and feels safe and
 * proud. The words stay gentle for the story's own checks ("something that is not a toy", never what it is).
 */
const homeStops = ['the kitchen table', 'the window seat', 'the garden bench', 'the bottom of the stairs', 'the reading corner'];

export const myBodyIsMine: Archetype = {
  id: 'my-body-is-mine',
  titles: ['{Name} Says No, Thank You', 'My Body Belongs to Me'],
  defaultObjects: ['drawing'],
  stops: homeStops,
  problem: {
    time: 'story',
    slots: [
      ['{Name} loved cuddles with the people {Name} chose.', '{Name} liked hugs, but only sometimes, and only from the right people.'],
      ['At a big family party, everyone wanted a hug, and {Name} did not feel like hugging just then.', 'One {when}, a visitor wanted a hug, and {Name} did not want one.'],
      ['"Do I have to?" {Name} asked {carerFirst} quietly.', '{Name} felt muddled and went to find {carerFirst}.'],
      ['"No, you never have to," said {carer}. "Your body belongs to you. You can wave or give a high five instead."'],
    ],
    brief: '{star} waving hello at a family party instead of hugging, a kind grown-up smiling nearby, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['At {stop}, {Name} and {carer} talked about bodies.', 'Later, at {stop}, {carer} sat beside {Name}.'],
        ['"The parts your swimsuit covers are private, and just for you," said {carer}.'],
        ['"A doctor may check them to keep you well, but only with your grown-up right there with you."'],
        ['{friend} listened too, and nodded.', '{Name} nodded. It made good sense.'],
      ],
      brief: '{star} and a kind grown-up talking together at {stop}, {friend} listening, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Then they talked about surprises and secrets.', 'Next {carer} explained the difference between a surprise and a secret.'],
        ['"A surprise is fun to keep, like a birthday present, because everyone finds out soon."'],
        ['"But if anyone ever asks you to keep a secret about your body, or one that makes your tummy feel funny, you tell me, or another grown-up you trust. That is never telling tales."'],
      ],
      brief: '{star} holding a wrapped birthday present, a kind grown-up explaining, {friend} nearby, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['{Name} practised saying "No, thank you!" in a big, clear voice.', '{Name} and {friend} practised a big, clear "No, thank you!" together.'],
      ['Then {Name} counted the grown-ups to tell: the ones at home, and a teacher at school.', 'Then {Name} drew a hand with the name of a trusted grown-up on every finger.'],
      ['"My body belongs to me," said {Name}, feeling strong and safe.'],
    ],
    brief: '{star} standing tall and smiling, {friend} proud beside them, {light}',
  },
};

export const checkWithAGrownUp: Archetype = {
  id: 'check-with-a-grown-up',
  titles: ['{Name} Checks First', '{Name} Knows the Check-First Rule'],
  defaultObjects: ['drawing'],
  stops: homeStops,
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} asked {carerFirst} a big question.', '{Name} had been wondering about something.'],
      ['"What if someone asks me to go somewhere with them, or to keep a secret from you?"'],
      ['"That is a very good question," said {carer}. "Let me tell you the check-first rule."'],
    ],
    brief: '{star} asking a kind grown-up a question, {friend} beside them, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['At {stop}, {carer} explained.', 'They sat together at {stop}.'],
        ['"Most people are kind. But before you go anywhere with anyone, even someone friendly, you check with me or another grown-up you trust."'],
        ['"Checking first is how we keep being safe," said {carer}.'],
      ],
      brief: '{star} and a kind grown-up talking at {stop}, {friend} listening, {light}',
    },
    {
      time: 'story',
      slots: [
        ['"And if anyone, even someone on a screen, asks you to keep a secret from your family, that is just the kind of secret to tell."', '"Surprises are fun to keep. A secret kept from your family is one to tell me, always."'],
        ['"You will never be in trouble for telling," said {carer}.'],
        ['{Name} thought of the grown-ups to tell: the ones at home, and a teacher at school.'],
      ],
      brief: '{star} counting on their fingers, a kind grown-up smiling, {friend} nearby, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['The next day at the park, a new friend asked {Name} to come and see some puppies round the corner.', 'The next day, {Name} was asked to come and see something round the corner.'],
      ['"I will check first!" said {Name}, and ran to ask.'],
      ['"Thank you for checking," said {carer}. "Let us all go together."'],
      ['{Name} felt proud and safe.'],
    ],
    brief: '{star} running to a kind grown-up in a sunny park, {friend} beside them, {light}',
  },
};

export const leaveItAndTell: Archetype = {
  id: 'leave-it-and-tell',
  titles: ['{Name} Does the Right Thing', 'Do Not Touch, Tell a Grown-Up'],
  defaultObjects: ['drawing'],
  stops: homeStops,
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} was playing at a friend\'s house.', 'One {when}, {Name} was looking for a game to play.'],
      ['In a drawer, {Name} saw something that was not a toy.'],
      ['{Name} knew at once: things that are not toys are only for grown-ups to handle.'],
    ],
    brief: '{star} stepping back from an open drawer, looking careful, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['{Name} remembered the rule: "Do not touch. Move away. Tell a grown-up."'],
        ['So {Name} kept well back and did not touch it, not even a tiny bit.'],
        ['{Name} did not let {friend} touch it either.', '{Name} took a big, calm breath.'],
      ],
      brief: '{star} walking away from a drawer, {friend} following, {light}',
    },
    {
      time: 'story',
      slots: [
        ['{Name} left the room straight away and found a grown-up.'],
        ['"I saw something in a drawer that is not a toy," {Name} said.'],
        ['The grown-up thanked {Name} and went to make it safe at once.'],
      ],
      brief: '{star} talking to a kind grown-up, {friend} beside them, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['"You did exactly the right thing," said the grown-up, with a big smile.'],
      ['{Name} felt proud and safe.'],
      ['"Do not touch, move away, tell a grown-up," said {Name} and {friend} together.'],
    ],
    brief: '{star} smiling, a proud grown-up beside them, {friend} cheering, {light}',
  },
};

export const callForHelp: Archetype = {
  id: 'call-for-help',
  titles: ['{Name} Knows How to Get Help', '{Name} Stays Calm'],
  defaultObjects: ['drawing'],
  stops: homeStops,
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} and {carerFirst} played a very important game.', '{Name} was learning something very important.'],
      ['It was the getting-help game: what to do if a grown-up is poorly, or if you ever get lost.'],
    ],
    brief: '{star} and a kind grown-up sitting together with a toy phone, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['At {stop}, they pretended that a grown-up felt poorly and could not get up.', 'First they pretended a grown-up felt poorly and needed a doctor.'],
        ['"I stay calm, and I call the emergency number," said {Name}, pressing the buttons on the toy phone.'],
        ['"The helper on the phone is kind and will tell you what to do," said {carer}. "Say your name and where you live."'],
      ],
      brief: '{star} holding a toy phone at {stop}, a kind grown-up nodding, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Next they sang a little song with the family\'s phone number and the name of their street, until {Name} knew it by heart.'],
        ['"And if you are ever lost," said {carer}, "stand still and ask a helper: someone at a shop counter, a police officer, or a grown-up with children."'],
        ['{friend} clapped along to the song.', '{Name} sang the song twice more, just to be sure.'],
      ],
      brief: '{star} singing with a kind grown-up, {friend} clapping along, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['{Name} said the steps all alone: "Stay calm. Ask for help. Say my name and where I am."'],
      ['"You know how to get help," said {carer}, and gave {Name} a big hug.'],
      ['{Name} felt ready, calm and brave.'],
    ],
    brief: '{star} standing tall and smiling, a kind grown-up proud beside them, {friend} nearby, {light}',
  },
};

export const getOutStayOut: Archetype = {
  id: 'get-out-stay-out',
  titles: ['{Name} Knows the Fire Plan', 'Get Out and Stay Out'],
  defaultObjects: ['drawing'],
  stops: homeStops,
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} and {carerFirst} made a family plan, just in case.', 'One {when}, {Name} learned the family plan, just in case.'],
      ['{carer} pointed to the little round box on the ceiling that beeps if there is ever smoke.'],
      ['"If it ever beeps, we all go outside, straight away," said {carer}.'],
    ],
    brief: '{star} and a kind grown-up looking up at a little round box on the ceiling, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['At {stop}, they practised.', 'First they practised at {stop}.'],
        ['"Stay low, like a crawling cat, where the air is clear," said {carer}, and {Name} crawled along the floor.'],
        ['"Leave your toys behind. Toys can be bought again, but you cannot."', '{friend} crawled along too, giggling.'],
      ],
      brief: '{star} crawling low across the floor at {stop}, {friend} following, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Then they went out of the front door to the family meeting place: the big tree by the gate.'],
        ['"Once you are out, you stay out, and the grown-ups call for help," said {carer}.'],
        ['{Name} touched the tree. "Meeting place!"'],
      ],
      brief: '{star} touching a big tree by the garden gate, a kind grown-up smiling, {friend} beside them, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['{Name} said the plan all alone: "Stay low. Get out. Go to the tree. Stay out."'],
      ['"You know exactly what to do," said {carer}, and gave {Name} a high five.'],
      ['{Name} felt calm, ready and safe.'],
    ],
    brief: '{star} giving a kind grown-up a high five by the big tree, {friend} cheering, {light}',
  },
};

export const notMyFault: Archetype = {
  id: 'not-my-fault',
  titles: ['It Is Not {Name}\'s Fault', '{Name} and the Big Feelings'],
  defaultObjects: ['drawing'],
  stops: homeStops,
  problem: {
    time: 'story',
    slots: [
      ['Lately, things at home felt different, and {Name} had big feelings.', '{Name} had been feeling a bit cloudy inside.'],
      ['{troubled} was having a hard time, and {Name} missed how things used to be.'],
      ['Sometimes {Name} wondered, "Is it because of me?"'],
    ],
    brief: '{star} sitting quietly by a window, thinking, {friend} nearby, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['At {stop}, {Name} told {carerFirst} about the big feelings.', 'At {stop}, {Name} shared the cloudy feelings with {carerFirst}.'],
        ['"Feelings are fine to share," said {carer}. "Sad, cross, worried: they come and go like weather."'],
        ['{friend} sat close, warm and soft.', 'They had a long, cosy cuddle.'],
      ],
      brief: '{star} and a kind grown-up cuddled up at {stop}, {friend} close by, {light}',
    },
    {
      time: 'story',
      slots: [
        ['"When grown-ups argue, or are unwell, or have to be far away, it is never because of you," said {carer}.'],
        ['"It is a grown-up problem, and grown-ups are working on it. Your job is just to be you."'],
        ['{Name} drew a picture full of hearts to share with love.', '{Name} made a card with a big bright sun on it.'],
      ],
      brief: '{star} drawing a picture full of hearts, {friend} watching, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['{Name} felt lighter, like a balloon floating up.'],
      ['"It is not my fault," said {Name}, "and I am still loved."'],
      ['"Always," said {carer}, "whatever happens."'],
    ],
    brief: '{star} smiling with a picture full of hearts, a kind grown-up beside them, {friend} nearby, {light}',
  },
};

// A parent or grandparent the idea names is who helps in the story, called as a child calls them ("Mum", not "mother").
const familyNames: Record<string, string> = {
  mum: 'Mum', mummy: 'Mummy', mom: 'Mom', mommy: 'Mommy', mama: 'Mama', mother: 'Mum',
  dad: 'Dad', daddy: 'Daddy', papa: 'Papa', father: 'Dad',
  grandma: 'Grandma', granny: 'Granny', nana: 'Nana', nan: 'Nan', grandpa: 'Grandpa', grandad: 'Grandad', granddad: 'Granddad',
};

/** Whether a word names a parent or grandparent (the outline keeps the idea's own word, "father"; the story says "Dad"). */
export function isFamilyGrownUp(word: string): boolean {
  return Object.hasOwn(familyNames, word);
}

/** The first parent or grandparent an idea names, in its own word. Uncles, aunts, coaches and neighbours never. */
export function findGrownUp(idea: string): string | undefined {
  return (idea.toLowerCase().match(/\p{L}+/gu) ?? []).find(isFamilyGrownUp);
}

/**
 * The values a safety story's sentences need beside the cast's: who helps ({carer}, first named as {carerFirst}) and,
 * when it is not the hero's fault, who is having a hard time ({troubled}). The idea's grown-up helps, except in "not my
 * fault", where they are the one having the hard time ("Her dad is in prison") and a grown-up the hero trusts helps.
 */
export function safetyLessonValues(plot: string, name: string, grownUp: string | undefined): Record<string, string> {
  if (!isSafetyLesson(plot)) return {};
  const someoneTrusted = { carer: 'the grown-up', carerFirst: `a grown-up ${name} trusted` };
  const called = grownUp && isFamilyGrownUp(grownUp) ? familyNames[grownUp] : undefined;
  // "Sam's father", as the idea said it; a helper is called as a child calls them ("said Dad").
  if (plot === 'not-my-fault') return { ...someoneTrusted, troubled: called ? `${name}'s ${grownUp}` : `a grown-up ${name} loved` };
  return called ? { carer: called, carerFirst: called } : someoneTrusted;
}

export const safetyLessonArchetypes: readonly Archetype[] = [myBodyIsMine, checkWithAGrownUp, leaveItAndTell, callForHelp, getOutStayOut, notMyFault];
