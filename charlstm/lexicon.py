"""The words the long-dependency stories are written with: a lexicon the project writes
itself (no outside text), split once into a training part and a held-out part.

Every entry belongs to one category (nouns, verbs, adjectives, names, …). Each category is
cut by a fixed rule into an in-distribution share, which the training corpus draws from,
and an out-of-distribution (OOD) share, which only the OOD probes use; an entry goes to the
held-out side only if none of its surface forms (plural, past tense, capitalised, …) is
also a form of a training entry, so no OOD word can ever be written into the training text.

The task words (the twelve countries and languages of longdep.task.PAIRS) and the function
words the sentence shapes are built from (the, and, I, …) belong to both sides: they are the
frame every story shares, not filler vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# --- the lexicon: whitespace-separated entries; "_" joins the words of one entry ---------

NOUNS = """
apple anchor apron armchair attic axe backpack badge bag bakery balcony ball balloon banana
band bandage banjo barn barrel basket bath battery beach bead beak bean bear bed bee beetle
bell belt bench berry bicycle bin bird biscuit blanket block blossom boat bone bonnet book
boot bottle bowl box bracelet branch bread brick bridge broom brush bucket buckle bud bulb
bun bundle bus bush butter button cabin cable cake calendar camel camera candle canoe cap
car card carpet carrot cart castle cat cellar chair chalk cheese cherry chest chicken
chimney chip cliff clock cloud coat coin collar comb compass cookie cord cottage cow crab
crane crayon cricket crow crown cup cupboard curtain cushion daisy deer desk diary dish dog
doll dolphin donkey door dragon drawer dress drum duck eagle easel egg elbow engine envelope
eraser fan farm feather fence fern field fig file fish flag flask flute fork fountain fox
frog garden gate gift glass glove goat goose grape grass guitar hammer hat hedge helmet hen
hill hive hook horn horse hose hut island jacket jar jelly jug kettle key kite kitten knife
knot ladder lake lamp lantern leaf lemon letter lid lily lion lizard lock log magnet map
marble mask mat meadow medal melon mirror mitten mole monkey moon moth mountain mouse mug
nail napkin necklace needle nest net notebook nut oak oar orange otter oven owl paddle page
pail paint pan parcel parrot path peach pear pebble pen pencil pepper piano pie pig pillow
pin pipe plate plum pocket pond pony pot potato puddle pump pumpkin puppet quilt rabbit
radio raft rake ribbon ring river road robe robin rock rocket roof rope rose rug ruler sack
saddle sail salad sandal saucer scarf school seal seed shawl sheep shelf shell ship
shirt shoe shovel sink skirt sled slipper snail sock sofa spade spider spoon squirrel stable
stamp star statue stick stone stool stove straw stream string sweater swing table tail tank
teapot tent thimble thread ticket tiger tile toaster tomato tool towel tower toy tractor
train tray tree truck trumpet tulip tunnel turtle umbrella vase violin wagon wall wallet
wand watch well whale wheel whistle window wing wire wolf wreath yard zebra acorn album
alley anthem arch arrow attic_fan avocado bagel ballad bamboo banner barge beacon bellows
blender bobbin bonfire bookcase boulder bouquet bow bracket brooch bubble buggy bungalow
cabbage cactus canal candy canyon caravan cardigan carton cauldron cello chapel chariot
chessboard chestnut chisel cinema clarinet coconut cobweb comet cone cork corridor cradle
crate crumb cucumber dagger dam deck dial dome doorbell doughnut dune dustpan easel_stand
elevator emerald fabric faucet ferry fiddle firefly flannel flower fog folder forest
fossil freezer furnace gadget galaxy garage garlic gazebo geyser glacier globe goblet gown
granite gravel greenhouse grill gutter hairbrush hallway hamper handle harbour harp
haystack headband hearth heater helicopter hinge holly honey hoop hurdle igloo ink inkwell
ivy jasmine jigsaw journal kayak kennel kernel keyboard kiln knapsack lagoon lace ladle
lawn ledge lettuce lighthouse limestone locket lollipop lobster loom lounge lumber mango
mansion mantel maple marsh mattress meadowlark microscope mill minnow mint mitt mixer moss
motor muffin mushroom nectar nozzle oatmeal olive onion orchard ostrich paddock pagoda
pancake panther parasol pasta pastry patio peanut pearl pelican pendant penguin pepperoni
pier pinecone pitcher pizza plank platter plough pocketknife podium porch postcard
pottery pretzel prism pudding puffin pulley quarry quartz raccoon radish railing raisin
ravine recipe reindeer riverbank robot saxophone scooter scroll seashell sparrow sponge
spool stairway stapler stencil stopwatch strawberry submarine sundial sunflower swan
sycamore tablecloth tambourine tapestry telescope terrace thermos thistle thunder timber
toboggan toffee torch tortoise trellis trolley trombone trowel trunk tuba turnip typewriter
valley vest village vinegar vineyard volcano waffle walnut wardrobe washboard waterfall
weasel wheelbarrow whisk willow windmill woodpecker workbench xylophone yacht yarn yogurt
""".split()

VERBS = """
open:opened close:closed paint:painted clean:cleaned carry:carried fix:fixed wash:washed
cook:cooked fold:folded fill:filled pull:pulled push:pushed lift:lifted drop:dropped
kick:kicked pack:packed unpack:unpacked mend:mended sort:sorted count:counted collect:collected
borrow:borrowed lend:lent sell:sold buy:bought find:found lose:lost hide:hid keep:kept
bring:brought send:sent read:read write:wrote draw:drew sketch:sketched measure:measured
weigh:weighed polish:polished repair:repaired build:built test:tested check:checked
watch:watched visit:visited follow:followed chase:chased catch:caught throw:threw
climb:climbed plant:planted water:watered pick:picked peel:peeled slice:sliced bake:baked
boil:boiled fry:fried roast:roasted stir:stirred taste:tasted smell:smelled hear:heard
touch:touched hold:held hug:hugged greet:greeted thank:thanked invite:invited call:called
answer:answered ask:asked tell:told show:showed teach:taught learn:learned study:studied
remember:remembered forget:forgot notice:noticed explain:explained describe:described
imagine:imagined admire:admired enjoy:enjoyed like:liked love:loved hate:hated want:wanted
need:needed miss:missed share:shared trade:traded rent:rented order:ordered deliver:delivered
wrap:wrapped tie:tied untie:untied hang:hung lock:locked unlock:unlocked ring:rang
shake:shook stack:stacked scrub:scrubbed sweep:swept dust:dusted iron:ironed sew:sewed
knit:knitted weave:wove carve:carved sand:sanded glue:glued tape:taped pin:pinned
label:labelled stamp:stamped post:posted print:printed copy:copied scan:scanned
photograph:photographed film:filmed record:recorded play:played practise:practised
tune:tuned hum:hummed whistle:whistled sing:sang recite:recited rehearse:rehearsed
perform:performed guide:guided lead:led steer:steered row:rowed sail:sailed ride:rode
drive:drove park:parked wheel:wheeled tow:towed load:loaded empty:emptied pour:poured
spill:spilled stain:stained dry:dried soak:soaked rinse:rinsed squeeze:squeezed
grind:ground mix:mixed whisk:whisked knead:kneaded season:seasoned serve:served
feed:fed walk:walked brush:brushed comb:combed trim:trimmed prune:pruned rake:raked
dig:dug bury:buried harvest:harvested gather:gathered stitch:stitched patch:patched
tidy:tidied arrange:arranged decorate:decorated design:designed plan:planned
prepare:prepared finish:finished start:started begin:began pause:paused restart:restarted
search:searched explore:explored map:mapped study_up:studied_up spot:spotted guard:guarded
protect:protected warn:warned wake:woke feed_up:fed_up question:questioned inspect:inspected
examine:examined review:reviewed judge:judged praise:praised scold:scolded tease:teased
amuse:amused surprise:surprised frighten:frightened calm:calmed comfort:comforted
rescue:rescued release:released trap:trapped capture:captured swap:swapped
return:returned replace:replaced remove:removed add:added mark:marked circle:circled
underline:underlined erase:erased type:typed save:saved delete:deleted download:downloaded
upload:uploaded weld:welded hammer:hammered drill:drilled saw:sawed screw:screwed
bolt:bolted chop:chopped split:split stack_up:stacked_up balance:balanced juggle:juggled
toss:tossed bounce:bounced roll:rolled spin:spun twist:twisted bend:bent stretch:stretched
fan:fanned heat:heated cool:cooled freeze:froze melt:melted thaw:thawed light:lit
""".split()

INTRANSITIVE = """
laugh:laughed smile:smiled sigh:sighed yawn:yawned nod:nodded wave:waved shrug:shrugged
wait:waited rest:rested sleep:slept nap:napped dream:dreamed wander:wandered stroll:strolled
hurry:hurried rush:rushed jog:jogged run:ran swim:swam dive:dived float:floated skate:skated
ski:skied dance:danced hop:hopped skip:skipped jump:jumped kneel:knelt sit:sat stand:stood
lean:leaned shiver:shivered sneeze:sneezed cough:coughed blush:blushed frown:frowned
giggle:giggled chuckle:chuckled grumble:grumbled mumble:mumbled whisper:whispered
shout:shouted cheer:cheered clap:clapped pray:prayed agree:agreed argue:argued
complain:complained hesitate:hesitated relax:relaxed recover:recovered arrive:arrived
depart:departed leave:left stay:stayed linger:lingered travel:travelled camp:camped
fish:fished hike:hiked paddle:paddled surf:surfed sunbathe:sunbathed picnic:picnicked
garden:gardened sail_off:sailed_off vanish:vanished appear:appeared glow:glowed
sparkle:sparkled shine:shone flicker:flickered drip:dripped leak:leaked creak:creaked
rattle:rattled buzz:buzzed chirp:chirped bark:barked purr:purred howl:howled
""".split()

ADJECTIVES = """
red blue green yellow purple orange brown grey black white pink golden silver pale dark
bright dull shiny muddy dusty sandy rusty wooden woollen leather paper plastic metal glass
stone velvet silky soft hard smooth rough bumpy sharp blunt heavy light thick thin wide
narrow deep shallow tall short long tiny small little large huge giant enormous round
square flat curly straight crooked tidy messy clean dirty fresh stale ripe sour sweet salty
bitter spicy crunchy chewy juicy crispy warm hot cold cool icy frosty snowy rainy windy
sunny cloudy foggy stormy quiet loud noisy silent calm busy lazy sleepy hungry thirsty
happy cheerful jolly glad proud brave shy timid clever wise silly funny odd strange
curious careful careless gentle kind friendly polite rude grumpy fussy patient eager keen
nervous anxious lucky unlucky famous humble modest honest loyal nimble clumsy graceful
elegant plain fancy simple ornate modern ancient antique new old young early late quick
slow swift steady shaky wobbly sturdy fragile broken cracked chipped spotless tidy_enough
empty full hollow solid open closed locked hidden secret lonely crowded spacious cosy
snug roomy cramped tiny_little faded vivid striped spotted checked dotted plaid freckled
hairy fluffy furry feathery scaly slimy sticky greasy oily glossy matte frozen melted
burnt toasted boiled baked roasted smoky misty dewy grassy leafy rocky hilly marshy
fragrant smelly stuffy breezy humid damp soggy dry dusty_old wintry summery autumnal
rosy lemony minty nutty buttery creamy cheesy peppery garlicky fruity flowery woody
""".split()

NAMES = """
Anna Ben Clara David Emma Felix Grace Henry Iris Jack Kate Leo Lucy Max Nora Oscar Paul
Quinn Rose Sam Tara Uma Victor Wendy Xavier Yara Zoe Adam Bella Carl Daisy Eric Fiona
George Hannah Isaac Julia Kevin Laura Martin Nina Owen Penny Ralph Sarah Tom Ursula
Vincent Willow Alice Bruno Cora Dennis Edith Frank Gemma Hugo Ivy James Karen Liam Mabel
Noah Olive Peter Ruth Simon Tilly Umar Vera Walter Yusuf Abigail Barnaby Cecil Dora Elliot
Florence Gilbert Harriet Ingrid Jasper Kitty Lionel Matilda Nigel Ophelia Percy Rosalind
Stanley Theodore Una Violet Winston Agnes Bertie Cyril Dolly Ernest Freya Gordon Hazel
Imogen Jonah Kenneth Lottie Miles Nell Otis Phoebe Reuben Sybil Toby Verity Wilfred
Amos Beatrix Clement Delia Edgar Fern Giles Hilda Ivor Joan Keith Lorna Mervyn Norah Orla
Piers Rhoda Silas Thea Ulric Vivian Wanda Arthur Blanche Cedric Doris Eustace Flora
Gareth Heidi Isla Jude Kirsty Lewis Maud Neville Oona Pippa Rupert Stella Trevor Valerie
Wyn Alfie Bonnie Calvin Dorothy Elsie Fred Greta Hector Ida Jolyon Kenny Lydia Mona
Ned Odette Patrick Rita Shane Tessa Ulla Vernon Wilma Albert Bridget Colin Dylan Esme
Fergus Gwen Howard Irene Jeremy Katrina Leonard Marion Neil Olga Philip Rowena Sidney
Thelma Vaughan Warren Ada Basil Connie Derek Elaine Francis Gail Harold Isobel Jeffrey
Kay Lloyd Margot Norman Octavia Quentin Russell Sheila Terence Viola Wallace Archie
Brenda Clive Dinah Eileen Fletcher Glenda Humphrey Iona Jerome Kathleen Lenny Muriel
Nolan Ottilie Prudence Roderick Shirley Timothy Ulysses Vanessa Wesley Yvonne Zachary
""".split()

SURNAMES = """
Abbott Baker Carter Dawson Ellis Fisher Gardner Harper Ingram Jennings Kemp Lawson Mason
Norris Oakley Parker Quigley Rowe Shaw Turner Underwood Vaughan_Smith Walker Young Archer
Bishop Cooper Dyer Emerson Fletcher_Jones Gibbs Hollis Irwin Jarvis Knight Lambert Miller
Nash Oliver Pearce Ramsey Sutton Thatcher Upton Vickers Webb Yates Ashby Barlow Coleman
Dudley Everett Fowler Goodwin Holt Ives Jolly Kirby Lowe Mercer Newman Osborne Pryor Reed
Salter Tanner Usher Vance Whitaker Bowman Chandler Draper Farrow Gilmore Hale Judd Keel
""".split()

TOWNS = """
Ashford Millbrook Oakridge Fernhill Stonebridge Willowby Elmstead Brackley Cresthaven
Dunmore Glenholm Harwood Ivybank Kingsmere Larkfield Maplewick Northgate Pembury Quarrydale
Redhaven Southwold Thornbury Upminster Westcombe Yarrowby Amberley Birchwood Coldwater
Dovercourt Eastleigh Foxley Greyfriars Hollowmere Kettlewell Lindenby Marshfield
Newbridge Orchardton Pinewood Rosedale Sandwick Tidemouth Underhill Valeview Whitby_Cross
Alderton Brookside Clayhill Dewbury Eversley Fairmead Goldcliff Hazelwood Ironbridge
Juniper_Bay Kestrel_Point Lowmoor Mossley Nettlebed Otterburn Primrose_Hill Ravensworth
Stillwater Tarnside Umberleigh Vinecombe Wrenfield Ashcombe Blackwater Cherrybrook
Deepdale Eldermoor Fallowfield Greenhollow Heathcote Inverley Jessamine Knollwood
Longridge Meadowvale Nutbourne Oxbury Pebblecombe Rushmere Saltash Tinsley Wickham
""".split()

PEOPLE = """
aunt uncle sister brother cousin friend neighbour teacher grandmother grandfather nephew
niece baker farmer doctor nurse driver painter plumber builder gardener librarian
postman grocer butcher tailor potter sailor fisherman shepherd carpenter mechanic pilot
landlord landlady classmate colleague flatmate godmother stepfather babysitter
coach captain mayor vicar judge dentist chemist waiter waitress cashier porter
caretaker lodger tenant granny nanny twin daughter son husband wife
""".split()

PLACES = """
kitchen garden library station market harbour museum bakery park school office chapel
hallway attic cellar shed porch barn stable orchard meadow riverbank pier lighthouse
village_hall post_office town_square bus_stop train_station corner_shop farmhouse cottage
workshop greenhouse playground theatre cinema gallery bookshop tearoom canteen laundry
garage studio classroom courtyard allotment boathouse campsite quarry mill windmill
sawmill dairy pantry larder lobby lounge parlour balcony rooftop tower fairground zoo
aquarium circus stadium racecourse golf_course bowling_green swimming_pool ice_rink
""".split()

ADVERBS = """
quickly slowly quietly loudly gently softly carefully happily sadly calmly briskly
cheerfully gladly eagerly lazily neatly politely rudely boldly bravely warmly kindly
proudly shyly nervously patiently suddenly finally rarely often always never sometimes
usually already almost nearly barely hardly mostly partly simply easily clumsily
gracefully swiftly steadily firmly loosely tightly brightly dimly merrily wearily
sleepily hungrily thirstily noisily silently secretly openly honestly frankly wisely
foolishly cleverly kindly_enough badly well soon later early twice again
""".split()

TIMES = """
morning afternoon evening night noon midnight dawn dusk sunrise sunset weekend holiday
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December spring summer autumn winter
yesterday today tomorrow tonight breakfast lunch dinner supper teatime bedtime
""".split()

NUMBERS = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand dozen half
""".split()

# Distractors: places, languages, peoples and cities that are not the speaker's. The twelve
# task countries and languages (longdep.task.PAIRS) are added to these by the grammar.
OTHER_COUNTRIES = """
Brazil Canada Egypt Kenya Mexico Peru Chile Norway Finland Denmark Ireland Scotland Wales
Austria Hungary Romania Croatia Serbia Ukraine Iceland Morocco Nigeria Ghana India
Pakistan Vietnam Thailand Korea Indonesia Australia Argentina Colombia Cuba Jamaica Nepal
Mongolia Latvia Estonia Lithuania Belgium Holland Switzerland Tunisia Ethiopia Iran
""".split()

OTHER_LANGUAGES = """
English Dutch Danish Norwegian Finnish Icelandic Irish Welsh Hungarian Romanian Croatian
Serbian Ukrainian Czech Slovak Arabic Hebrew Hindi Urdu Bengali Korean Vietnamese Thai
Indonesian Swahili Amharic Persian Latin Esperanto Catalan Basque Estonian Latvian
""".split()

CITIES = """
Paris Lyon Berlin Munich Madrid Seville Rome Milan Lisbon Porto Tokyo Osaka Beijing
Shanghai Moscow Athens Stockholm Warsaw Krakow Istanbul Ankara London Dublin Oslo
Helsinki Vienna Prague Budapest Cairo Nairobi Lima Toronto Sydney Delhi Mumbai Seoul
Hanoi Bangkok Havana Montreal Brussels Geneva Zurich Edinburgh Cardiff Reykjavik
""".split()

CATEGORIES = {
    "noun": NOUNS,
    "verb": VERBS,
    "intransitive": INTRANSITIVE,
    "adjective": ADJECTIVES,
    "name": NAMES,
    "surname": SURNAMES,
    "town": TOWNS,
    "person": PEOPLE,
    "place": PLACES,
    "adverb": ADVERBS,
    "time": TIMES,
    "number": NUMBERS,
    "other_country": OTHER_COUNTRIES,
    "other_language": OTHER_LANGUAGES,
    "city": CITIES,
}

HELD_OUT_EVERY = 5  # every fifth entry of a category (in the order above) is held out

# Categories that are also task-adjacent distractors are split like the rest, so OOD probes
# name countries, languages and cities the training text never mentions.

_WORD = re.compile(r"[A-Za-z]+")


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("f") and not noun.endswith("ff"):
        return noun[:-1] + "ves"
    return noun + "s"


def _third_person(verb: str) -> str:
    if verb == "have":
        return "has"
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


@dataclass(frozen=True)
class Verb:
    base: str
    past: str

    @property
    def third(self) -> str:
        return " ".join([_third_person(self.base.split(" ")[0]), *self.base.split(" ")[1:]])

    @property
    def gerund(self) -> str:
        return " ".join([_gerund(self.base.split(" ")[0]), *self.base.split(" ")[1:]])


def _entry(category: str, raw: str):
    if category in ("verb", "intransitive"):
        base, past = raw.split(":")
        return Verb(base.replace("_", " "), past.replace("_", " "))
    return raw.replace("_", " ")


def forms(category: str, entry) -> set[str]:
    """Every word (lower case) the grammar can write for one entry."""
    if isinstance(entry, Verb):
        text = " ".join([entry.base, entry.past, entry.third, entry.gerund])
    elif category == "noun":
        text = f"{entry} {plural(entry)}"
    else:
        text = entry
    return {w.lower() for w in _WORD.findall(text)}


# The words grammar.py's shapes themselves write (with the task's "I grew up in" and "I speak
# fluent"): shared by both sides of the split, so split() keeps held-out words clear of them.
FRAME_WORDS = frozenset(
    """
    a an the my our his her their your this that these those some every each many few
    several no any all both another other and but or so because when while after before
    if although until since as with without at in on to from into onto over under near
    behind beside by for of about across through around up down out off past
    i we you he she they it me us him them is was were are be been being has had have will
    would could can did do does not very too quite rather just still then there here
    what who where why how which said asked replied told thought says whispered shouted
    speak speaks spoke spoken studies studied learning learnt learned teaches taught little
    some bit fluent grew up born moved flew drove trip once holiday film films book books
    food friend friends letter letters song songs pounds years old last next more than
    again ever also even only never always yes oh well look really one called named
    whenever unless wherever nobody somebody everyone perhaps maybe surely indeed
    let lets mind sure dear please thanks hello morning packed three things bought read twice
    cost sadly took stop look wait today outside day badly slowly home everyone watched wrote
    says gives lessons learnt moved
    still tired fast history visited love used wonder think lived understand
    """.split()
)


@dataclass(frozen=True)
class Lexicon:
    """One side of the split: category -> tuple of entries (strings, or Verb)."""

    words: dict

    def __getitem__(self, category: str) -> tuple:
        return self.words[category]

    def all_forms(self) -> set[str]:
        return {f for cat, entries in self.words.items() for e in entries for f in forms(cat, e)}


@cache
def split() -> tuple[Lexicon, Lexicon]:
    """(training lexicon, held-out lexicon). Every HELD_OUT_EVERY-th entry of each category
    is held out unless one of its forms is also a form of a training entry (or of the frame's
    function words, FRAME_WORDS), which would leak it into the training text."""
    train: dict = {}
    held: dict = {}
    for category, raws in CATEGORIES.items():
        entries = [_entry(category, raw) for raw in dict.fromkeys(raws)]  # dedupe, in order
        train[category] = [e for k, e in enumerate(entries) if k % HELD_OUT_EVERY != 0]
        held[category] = [e for k, e in enumerate(entries) if k % HELD_OUT_EVERY == 0]
    taken = {w.lower() for w in FRAME_WORDS}
    for category, entries in train.items():
        taken |= {f for e in entries for f in forms(category, e)}
    moved = True
    while moved:  # moving an entry to the training side can make another one shared
        moved = False
        for category in held:
            clean = []
            for entry in held[category]:
                if forms(category, entry) & taken:  # a shared form: it trains
                    train[category].append(entry)
                    taken |= forms(category, entry)
                    moved = True
                else:
                    clean.append(entry)
            held[category] = clean
    return (
        Lexicon({c: tuple(v) for c, v in train.items()}),
        Lexicon({c: tuple(v) for c, v in held.items()}),
    )


def size() -> int:
    """Distinct words (lower case) across the whole lexicon, every surface form counted once
    per spelling."""
    train, held = split()
    return len(train.all_forms() | held.all_forms())
